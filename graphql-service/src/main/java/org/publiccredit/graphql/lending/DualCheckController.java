package org.publiccredit.graphql.lending;

import graphql.GraphQLContext;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.publiccredit.graphql.audit.AuditSubjects;
import org.publiccredit.graphql.error.InvalidArgumentException;
import org.publiccredit.graphql.execution.OnRequestThread;
import org.publiccredit.graphql.identity.CodeParse;
import org.publiccredit.graphql.identity.ResidentIdNumber;
import org.publiccredit.graphql.identity.SubjectCodes;
import org.publiccredit.graphql.lending.DualCheckTypes.DualCheckInput;
import org.publiccredit.graphql.lending.DualCheckTypes.DualCheckPayload;
import org.publiccredit.graphql.lending.DualCheckTypes.DualCheckRefused;
import org.publiccredit.graphql.pii.IdNumberProtector;
import org.publiccredit.graphql.security.Caller;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code dualCheck}: a bank's check before a credit-based loan. A natural person can be checked
 * only with the reference of their written consent (征信业管理条例 2013, Art. 18); without it the
 * answer is the refusal {@code CONSENT_REQUIRED}, a payload rather than an error because it is an
 * expected business outcome the bank's workflow branches on (and nothing was queried or stored).
 */
@Controller
class DualCheckController {

  static final String SCOPE = "lending:dual-check";
  static final String PII_READ = "pii:read";
  private static final Pattern CONSENT = Pattern.compile("[A-Za-z0-9._:/-]{1,64}");
  private static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000000");
  private static final int MAX_TERM_MONTHS = 360;

  private final SubjectCodes codes = SubjectCodes.withSystemClock();
  private final DualChecking checking;
  private final IdNumberProtector protector;

  DualCheckController(DualChecking checking, IdNumberProtector protector) {
    this.checking = checking;
    this.protector = protector;
  }

  /** On the request's own (virtual) thread: a mutation gains nothing from another one (OnRequestThread). */
  @MutationMapping
  @OnRequestThread
  DualCheckPayload dualCheck(@Argument DualCheckInput input, @Nullable Principal principal,
      GraphQLContext context) {
    Caller caller = Caller.of(principal);
    caller.require(SCOPE);
    var parsed = switch (codes.parse(input.subjectCode())) {
      case CodeParse.Rejected rejected -> throw new InvalidArgumentException("subjectCode", rejected.defect().name(),
          "Argument 'subjectCode' is not a valid unified social credit code or resident ID number: " + rejected.message());
      case CodeParse.Parsed p -> p.code();
    };
    BigDecimal amount = amount(input.amount());
    if (input.termMonths() < 1 || input.termMonths() > MAX_TERM_MONTHS) {
      throw new InvalidArgumentException("termMonths", "OUT_OF_RANGE",
          "Argument 'termMonths' must be between 1 and " + MAX_TERM_MONTHS + ".");
    }
    String consent = input.consentReference() == null || input.consentReference().isBlank() ? null
        : input.consentReference().strip();
    if (consent != null && !CONSENT.matcher(consent).matches()) {
      throw new InvalidArgumentException("consentReference", "INVALID_FORMAT",
          "Argument 'consentReference' must be 1 to 64 letters, digits or . _ : / -");
    }
    boolean person = parsed instanceof ResidentIdNumber;
    if (person && consent == null) {
      return new DualCheckRefused("CONSENT_REQUIRED", "Checking a natural person needs the reference of the person's "
          + "written consent to this query (征信业管理条例 2013, Art. 18): pass consentReference. Nothing was queried.");
    }
    String subjectId = parsed instanceof ResidentIdNumber id ? protector.lookupKey(id) : parsed.value();
    // The subject's "who queried my credit" list is read from the audit: it needs the subject and why.
    AuditSubjects audit = AuditSubjects.in(context);
    audit.touched(subjectId);
    audit.purpose(input.purpose());
    String display = person && !caller.has(PII_READ) ? IdNumberProtector.mask(parsed.value()) : parsed.value();
    return checking.check(new DualChecking.Request(parsed.value(), display, subjectId, person, input.purpose(), amount,
        input.termMonths(), consent), caller);
  }

  private static BigDecimal amount(String text) {
    try {
      BigDecimal amount = new BigDecimal(text.strip());
      if (amount.signum() > 0 && amount.scale() <= 2 && amount.compareTo(MAX_AMOUNT) <= 0) {
        return amount;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidArgumentException("amount", "INVALID_AMOUNT",
        "Argument 'amount' must be a positive amount in CNY with at most two decimals, e.g. \"500000.00\".");
  }
}
