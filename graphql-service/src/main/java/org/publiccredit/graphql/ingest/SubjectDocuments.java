package org.publiccredit.graphql.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.publiccredit.graphql.identity.CodeParse;
import org.publiccredit.graphql.identity.LegalPersonCode;
import org.publiccredit.graphql.identity.ResidentIdNumber;
import org.publiccredit.graphql.identity.SubjectCodes;
import org.publiccredit.graphql.ingest.IngestOutcome.Accepted;
import org.publiccredit.graphql.ingest.IngestOutcome.Rejected;
import org.publiccredit.graphql.pii.IdNumberProtector;
import org.publiccredit.graphql.pii.ProtectedIdNumber;
import org.publiccredit.graphql.search.CreditRecordDocument;
import org.publiccredit.graphql.search.RecordIds;
import org.publiccredit.graphql.search.SubjectDocument;
import org.publiccredit.graphql.search.SubjectType;

/** Validates an incoming subject and turns it into stored documents, ID numbers protected. */
final class SubjectDocuments {

  private final SubjectCodes codes;
  private final IdNumberProtector protector;

  SubjectDocuments(SubjectCodes codes, IdNumberProtector protector) {
    this.codes = codes;
    this.protector = protector;
  }

  IngestOutcome convert(IncomingSubject in) {
    List<String> reasons = new ArrayList<>();
    if (in.code() == null || in.type() == null || in.name() == null || in.name().isBlank()) {
      return new Rejected(List.of("code, type and name are required"));
    }
    @Nullable SubjectDocument subject = switch (codes.parse(in.code())) {
      case CodeParse.Rejected r -> {
        reasons.add("code: " + r.defect() + " (" + r.message() + ")");
        yield null;
      }
      case CodeParse.Parsed(ResidentIdNumber person) when in.type() == SubjectType.NATURAL_PERSON ->
          personDocument(in, protector.protect(person));
      case CodeParse.Parsed(LegalPersonCode code) when in.type() != SubjectType.NATURAL_PERSON ->
          organisationDocument(in, code);
      case CodeParse.Parsed p -> {
        reasons.add("code: a " + p.code().kind() + " does not fit subject type " + in.type());
        yield null;
      }
    };
    List<CreditRecordDocument> records = new ArrayList<>();
    List<IncomingSubject.Record> incoming = Objects.requireNonNullElse(in.records(), List.of());
    for (int i = 0; i < incoming.size(); i++) {
      IncomingSubject.Record r = incoming.get(i);
      List<String> recordReasons = recordDefects(r);
      String at = "records[" + i + "].";
      recordReasons.forEach(reason -> reasons.add(at + reason));
      if (subject != null && recordReasons.isEmpty()) {
        records.add(recordDocument(subject, r));
      }
    }
    return subject == null || !reasons.isEmpty() ? new Rejected(List.copyOf(reasons)) : new Accepted(subject, records);
  }

  private List<String> recordDefects(IncomingSubject.Record r) {
    List<String> defects = new ArrayList<>();
    if (r.category() == null || r.title() == null || r.decisionDate() == null || r.sourceDepartment() == null) {
      defects.add("category, title, decisionDate and sourceDepartment are required");
      return defects;
    }
    if (r.validFrom() != null && r.validUntil() != null && r.validFrom().isAfter(r.validUntil())) {
      defects.add("validFrom: after validUntil");
    }
    checkOrganisationCode("authority.code", r.authority(), defects);
    checkOrganisationCode("sourceDepartment.code", r.sourceDepartment(), defects);
    return defects;
  }

  private void checkOrganisationCode(String field, IncomingSubject.@Nullable Organisation org, List<String> defects) {
    if (org != null && org.code() != null && codes.parseLegalPersonCode(org.code()) instanceof CodeParse.Rejected r) {
      defects.add(field + ": " + r.defect());
    }
  }

  private static SubjectDocument personDocument(IncomingSubject in, ProtectedIdNumber id) {
    return new SubjectDocument(id.lookupKey(), in.type(), null, id.masked(), id.ciphertext(), in.name(), in.town(),
        null, null, null, null, null, null, null);
  }

  private static SubjectDocument organisationDocument(IncomingSubject in, LegalPersonCode code) {
    var reg = in.registration();
    return reg == null
        ? new SubjectDocument(code.value(), in.type(), code.value(), null, null, in.name(), in.town(),
            null, null, null, null, null, null, null)
        : new SubjectDocument(code.value(), in.type(), code.value(), null, null, in.name(), in.town(),
            reg.legalRepresentative(), reg.establishedDate(), reg.registeredCapital(), reg.address(),
            reg.industry(), reg.status(), reg.registrationAuthority());
  }

  private static CreditRecordDocument recordDocument(SubjectDocument subject, IncomingSubject.Record r) {
    String naturalKey = r.documentNumber() != null ? r.documentNumber() : r.title() + '@' + r.decisionDate();
    String sourceCode = Objects.requireNonNullElse(r.sourceDepartment().code(), r.sourceDepartment().name());
    var authority = r.authority();
    return new CreditRecordDocument(RecordIds.of(sourceCode, r.category(), naturalKey), subject.subjectId(),
        subject.type(), r.category(), r.title(), r.documentNumber(),
        authority == null ? null : authority.name(), authority == null ? null : authority.code(),
        r.decisionDate(), r.validFrom(), r.validUntil(), r.summary(), r.sourceDepartment().name(), sourceCode);
  }
}
