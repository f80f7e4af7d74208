package org.publiccredit.graphql.report;

import java.security.Principal;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.publiccredit.graphql.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /credit-reports/{number}.pdf}: an issued report as PDF, for the client it was issued
 * to. The gateway routes it, signed and audited like every call.
 */
@RestController
class ReportPdfController {

  private final CreditReportIssuer issuer;
  /** Loaded on first use: a missing font must not stop the GraphQL API, only the PDFs. */
  private final Supplier<ReportPdf> pdf;

  ReportPdfController(CreditReportIssuer issuer, ReportProperties properties) {
    this.issuer = issuer;
    this.pdf = SingletonSupplier.of(() -> ReportPdf.from(properties.font()));
  }

  @GetMapping("/credit-reports/{number}.pdf")
  ResponseEntity<?> pdf(@PathVariable String number, @Nullable Principal principal) {
    Caller caller = Caller.of(principal);
    if (!caller.has(ReportController.CREDIT_REPORT_READ)) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
          "This client lacks the scope '" + ReportController.CREDIT_REPORT_READ + "' that the request needs.");
      problem.setProperty("scope", ReportController.CREDIT_REPORT_READ);
      return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
    return issuer.issuedTo(number, caller)
        .<ResponseEntity<?>>map(report -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
            .header("Content-Disposition", "inline; filename=\"" + report.number() + ".pdf\"")
            .body(pdf.get().render(report.content(), report.verificationCode())))
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No credit report with this number was issued to this client.")));
  }
}
