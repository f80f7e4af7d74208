package org.publiccredit.graphql.subject;

import java.util.Optional;
import org.publiccredit.graphql.error.InvalidArgumentException;
import org.publiccredit.graphql.error.NotFoundException;
import org.publiccredit.graphql.identity.CodeParse;
import org.publiccredit.graphql.identity.LegalPersonCode;
import org.publiccredit.graphql.identity.ResidentIdNumber;
import org.publiccredit.graphql.identity.SubjectCode;
import org.publiccredit.graphql.identity.SubjectCodes;
import org.publiccredit.graphql.pii.IdNumberProtector;
import org.publiccredit.graphql.search.CreditSearch;
import org.publiccredit.graphql.search.SubjectDocument;
import org.publiccredit.graphql.search.SubjectType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Finds a subject by its code and shapes it for one caller (masking what it may not see). */
@Component
public class SubjectLookup {

  private static final Logger log = LoggerFactory.getLogger(SubjectLookup.class);

  private final SubjectCodes codes = SubjectCodes.withSystemClock();
  private final CreditSearch search;
  private final IdNumberProtector protector;

  SubjectLookup(CreditSearch search, IdNumberProtector protector) {
    this.search = search;
    this.protector = protector;
  }

  public CodeParse parse(String code) {
    return codes.parse(code);
  }

  /**
   * The subject under a code as given by a client: BAD_REQUEST naming {@code argument} for an
   * invalid code, NOT_FOUND for an unknown one.
   */
  public Subject require(String argument, String code, boolean mayReadPii) {
    return switch (parse(code)) {
      case CodeParse.Rejected rejected -> throw new InvalidArgumentException(argument, rejected.defect().name(),
          "Argument '" + argument + "' is not a valid unified social credit code or resident ID number: "
              + rejected.message());
      case CodeParse.Parsed parsed -> find(parsed.code(), mayReadPii)
          .orElseThrow(() -> new NotFoundException("No credit subject is registered under this code."));
    };
  }

  /** A stored subject as a caller may see it: the ID number only with pii:read. */
  public Optional<Subject> find(SubjectCode code, boolean mayReadPii) {
    return search.findSubject(key(code)).map(doc -> toSubject(doc, mayReadPii));
  }

  /** The subject's id: a company's code as is, a person's keyed hash (also its audit key). */
  public String key(SubjectCode code) {
    return switch (code) {
      case LegalPersonCode uscc -> {
        if (!uscc.organisationCodeValid()) {
          // Some issued codes fail GB 11714; we serve them, but want to know how often it happens.
          log.debug("Unified social credit code {} fails its embedded organisation-code check", uscc.value());
        }
        yield uscc.value();
      }
      case ResidentIdNumber person -> protector.lookupKey(person);
    };
  }

  /** A stored subject as a caller may see it: the ID number only with pii:read. */
  public Subject toSubject(SubjectDocument doc, boolean mayReadPii) {
    String code = doc.type() == SubjectType.NATURAL_PERSON ? personCode(doc, mayReadPii) : String.valueOf(doc.code());
    Subject.Registration registration = doc.type() == SubjectType.NATURAL_PERSON ? null
        : new Subject.Registration(doc.legalRepresentative(), doc.establishedDate(), doc.registeredCapital(),
            doc.address(), doc.industry(), doc.status(), doc.registrationAuthority());
    return new Subject(doc.subjectId(), code, doc.name(), doc.type(), doc.town(), registration);
  }

  private String personCode(SubjectDocument doc, boolean mayReadPii) {
    if (mayReadPii && doc.idNumberCiphertext() != null) {
      return protector.reveal(doc.idNumberCiphertext(), doc.subjectId());
    }
    return String.valueOf(doc.maskedCode());
  }
}
