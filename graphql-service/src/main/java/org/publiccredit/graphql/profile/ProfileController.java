package org.publiccredit.graphql.profile;

import java.security.Principal;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.publiccredit.graphql.disclosure.Viewer;
import org.publiccredit.graphql.search.SubjectRecords;
import org.publiccredit.graphql.security.Caller;
import org.publiccredit.graphql.subject.Subject;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code Subject.profile} and the sections of {@code CreditProfile}. */
@Controller
class ProfileController {

  /** The credit profile fields. */
  static final String PROFILE_READ = "profile:read";

  private final ProfileAssembler assembler;

  ProfileController(ProfileAssembler assembler) {
    this.assembler = assembler;
  }

  /** Batched: every subject of a response gets its records from one msearch (see ProfileLoaders). */
  @SchemaMapping(typeName = "Subject")
  CompletableFuture<CreditProfile> profile(Subject subject, DataLoader<String, SubjectRecords> subjectRecords,
      @Nullable Principal principal) {
    Caller caller = Caller.of(principal);
    caller.require(PROFILE_READ);
    Viewer viewer = Viewer.of(caller);
    return subjectRecords.load(subject.subjectId())
        .thenApply(records -> assembler.profile(subject, records == null ? SubjectRecords.NONE : records, viewer));
  }

  @SchemaMapping(typeName = "CreditProfile")
  ProfileConnections.Connection licences(CreditProfile profile, @Argument @Nullable Integer first, @Argument @Nullable String after) {
    return ProfileConnections.page(profile.section(Section.LICENCES), first, after);
  }

  @SchemaMapping(typeName = "CreditProfile")
  ProfileConnections.Connection penalties(CreditProfile profile, @Argument @Nullable Integer first, @Argument @Nullable String after) {
    return ProfileConnections.page(profile.section(Section.PENALTIES), first, after);
  }

  @SchemaMapping(typeName = "CreditProfile")
  ProfileConnections.Connection listMemberships(CreditProfile profile, @Argument @Nullable Integer first,
      @Argument @Nullable String after) {
    return ProfileConnections.page(profile.section(Section.LIST_MEMBERSHIPS), first, after);
  }

  @SchemaMapping(typeName = "CreditProfile")
  ProfileConnections.Connection taxRatings(CreditProfile profile, @Argument @Nullable Integer first, @Argument @Nullable String after) {
    return ProfileConnections.page(profile.section(Section.TAX_RATINGS), first, after);
  }

  @SchemaMapping(typeName = "CreditProfile")
  ProfileConnections.Connection commitments(CreditProfile profile, @Argument @Nullable Integer first, @Argument @Nullable String after) {
    return ProfileConnections.page(profile.section(Section.COMMITMENTS), first, after);
  }

  @SchemaMapping(typeName = "CreditProfile")
  ProfileConnections.Connection positiveRecords(CreditProfile profile, @Argument @Nullable Integer first,
      @Argument @Nullable String after) {
    return ProfileConnections.page(profile.section(Section.POSITIVE_RECORDS), first, after);
  }

  @SchemaMapping(typeName = "CreditProfile")
  ProfileConnections.Connection otherNegativeRecords(CreditProfile profile, @Argument @Nullable Integer first,
      @Argument @Nullable String after) {
    return ProfileConnections.page(profile.section(Section.OTHER_NEGATIVE_RECORDS), first, after);
  }
}
