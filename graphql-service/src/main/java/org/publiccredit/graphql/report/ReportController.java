package org.publiccredit.graphql.report;

import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.publiccredit.graphql.security.Caller;
import org.publiccredit.graphql.security.Scopes;
import org.publiccredit.graphql.subject.Subject;
import org.publiccredit.graphql.subject.SubjectLookup;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code creditReport(code)} and {@code verifyCreditReport(number, verificationCode)}. */
@Controller
class ReportController {

  static final String CREDIT_REPORT_READ = "credit-report:read";
  static final String REPORT_VERIFY = "report:verify";

  private final SubjectLookup lookup;
  private final CreditReportIssuer issuer;

  ReportController(SubjectLookup lookup, CreditReportIssuer issuer) {
    this.lookup = lookup;
    this.issuer = issuer;
  }

  @QueryMapping
  CreditReport creditReport(@Argument String code, @Nullable Principal principal) {
    Caller caller = Caller.of(principal);
    caller.require(CREDIT_REPORT_READ);
    Subject subject = lookup.require("code", code, caller.has(Scopes.PII_READ));
    return issuer.issue(subject, caller);
  }

  @QueryMapping
  CreditReportVerification verifyCreditReport(@Argument String number, @Argument String verificationCode,
      @Nullable Principal principal) {
    Caller.of(principal).require(REPORT_VERIFY);
    return issuer.verify(number, verificationCode);
  }
}
