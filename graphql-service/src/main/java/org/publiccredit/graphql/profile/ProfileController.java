package org.publiccredit.graphql.profile;

import graphql.schema.DataFetchingEnvironment;
import java.security.Principal;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.publiccredit.graphql.disclosure.Viewer;
import org.publiccredit.graphql.execution.InMemory;
import org.publiccredit.graphql.search.ProfileQuery;
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

  /**
   * Batched: every subject of a response gets its profile from one msearch (see ProfileLoaders).
   * The pages of the paged sections are read with it, as the selection asks for them.
   */
  @SchemaMapping(typeName = "Subject")
  CompletableFuture<CreditProfile> profile(Subject subject, DataLoader<ProfileQuery, ProfileQuery.Result> profiles,
      DataFetchingEnvironment env, @Nullable Principal principal) {
    Caller caller = Caller.of(principal);
    caller.require(PROFILE_READ);
    Viewer viewer = Viewer.of(caller);
    ProfileSelection.Asked asked = ProfileSelection.read(env);
    List<ProfileConnections.PageKey> pages = asked.pages();
    ProfileQuery query = assembler.query(subject.subjectId(), viewer, pages, asked.shown());
    return profiles.load(query).thenApply(read -> assembler.profile(subject, query, read, viewer, pages));
  }

  /**
   * A section's page: searched with the profile when the section is paged, else from its records in
   * memory. Either way it is already read, so the section methods are {@link InMemory}.
   */
  private static ProfileConnections.Connection section(CreditProfile profile, Section section, @Nullable Integer first,
      @Nullable String after) {
    int size = ProfileConnections.pageSize(first);
    ProfileConnections.cursor(after);
    if (section.paged() && profile.pagedInSearch()) {
      ProfileConnections.Connection page = profile.pages().get(new ProfileConnections.PageKey(section, size, after));
      if (page == null) {
        throw new IllegalStateException("A page of " + section + " was not read with its profile");
      }
      return page;
    }
    return ProfileConnections.page(profile.section(section), size, after);
  }

  @SchemaMapping(typeName = "CreditProfile")
  @InMemory
  ProfileConnections.Connection licences(CreditProfile profile, @Argument @Nullable Integer first, @Argument @Nullable String after) {
    return section(profile, Section.LICENCES, first, after);
  }

  @SchemaMapping(typeName = "CreditProfile")
  @InMemory
  ProfileConnections.Connection penalties(CreditProfile profile, @Argument @Nullable Integer first, @Argument @Nullable String after) {
    return section(profile, Section.PENALTIES, first, after);
  }

  @SchemaMapping(typeName = "CreditProfile")
  @InMemory
  ProfileConnections.Connection listMemberships(CreditProfile profile, @Argument @Nullable Integer first,
      @Argument @Nullable String after) {
    return section(profile, Section.LIST_MEMBERSHIPS, first, after);
  }

  @SchemaMapping(typeName = "CreditProfile")
  @InMemory
  ProfileConnections.Connection taxRatings(CreditProfile profile, @Argument @Nullable Integer first, @Argument @Nullable String after) {
    return section(profile, Section.TAX_RATINGS, first, after);
  }

  @SchemaMapping(typeName = "CreditProfile")
  @InMemory
  ProfileConnections.Connection commitments(CreditProfile profile, @Argument @Nullable Integer first, @Argument @Nullable String after) {
    return section(profile, Section.COMMITMENTS, first, after);
  }

  @SchemaMapping(typeName = "CreditProfile")
  @InMemory
  ProfileConnections.Connection positiveRecords(CreditProfile profile, @Argument @Nullable Integer first,
      @Argument @Nullable String after) {
    return section(profile, Section.POSITIVE_RECORDS, first, after);
  }

  @SchemaMapping(typeName = "CreditProfile")
  @InMemory
  ProfileConnections.Connection otherNegativeRecords(CreditProfile profile, @Argument @Nullable Integer first,
      @Argument @Nullable String after) {
    return section(profile, Section.OTHER_NEGATIVE_RECORDS, first, after);
  }
}
