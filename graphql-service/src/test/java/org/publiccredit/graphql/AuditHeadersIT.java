package org.publiccredit.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.publiccredit.graphql.identity.ResidentIdNumber;
import org.publiccredit.graphql.identity.SubjectCodes;
import org.publiccredit.graphql.identity.CodeParse;
import org.publiccredit.graphql.pii.IdNumberProtector;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** What the service reports to the gateway's audit: subjects, error codes, the declared purpose. */
@ExtendWith(OutputCaptureExtension.class)
class AuditHeadersIT extends ServiceIT {

  private static final String COMPANY = "91370982MA3C4A1Q19";
  private static final String PERSON = "370982198503120017";
  private static final String SUBJECT = "query($c: ID!) { subject(code: $c) { name } }";

  @Autowired
  IdNumberProtector protector;

  @Test
  void aCompanyIsReportedByItsCode() {
    var response = graphQl().post(SUBJECT, Map.of("c", COMPANY), TestTokens.gateway("subject:read"));
    assertThat(response.header("X-Audit-Subjects")).isEqualTo(COMPANY);
    assertThat(response.header("X-Audit-Errors")).isNull();
    assertThat(response.header("X-Audit-Purpose")).isNull();
  }

  @Test
  void aPersonIsReportedByTheKeyedHashNeverTheIdNumber(CapturedOutput output) {
    var response = graphQl().post(SUBJECT, Map.of("c", PERSON), TestTokens.gateway("subject:read pii:read"));
    String key = protector.lookupKey((ResidentIdNumber) ((CodeParse.Parsed) SubjectCodes.withSystemClock().parse(PERSON)).code());
    assertThat(response.header("X-Audit-Subjects")).isEqualTo(key).doesNotContain(PERSON);
    assertThat(output.getAll()).doesNotContain(PERSON);
  }

  @Test
  void aSubjectNotFoundIsStillReported() {
    var response = graphQl().post(SUBJECT, Map.of("c", "91370900MA3B0K2XXH"), TestTokens.gateway("subject:read"));
    assertThat(response.header("X-Audit-Subjects")).isEqualTo("91370900MA3B0K2XXH");
    assertThat(response.header("X-Audit-Errors")).isEqualTo("NOT_FOUND");
  }

  @Test
  void aRefusalReportsItsClassification() {
    var response = graphQl().post(SUBJECT, Map.of("c", COMPANY), TestTokens.gateway("disclosure:read"));
    assertThat(response.header("X-Audit-Errors")).isEqualTo("FORBIDDEN");
    assertThat(response.header("X-Audit-Subjects")).isNull();
  }

  @Test
  void aLimitReportsItsCode() {
    StringBuilder query = new StringBuilder("{");
    for (int i = 0; i < 11; i++) {
      query.append(" s").append(i).append(": subject(code: \"").append(COMPANY).append("\") { name }");
    }
    var response = graphQl().post(query.append(" }").toString(), Map.of(), TestTokens.gateway("subject:read"));
    assertThat(response.header("X-Audit-Errors")).isEqualTo("MAX_ROOT_FIELDS_EXCEEDED");
  }

  @Test
  void severalErrorsAreListedOnce() {
    var response = graphQl().post("{ a: subject(code: \"91370982MA3C4A1Q18\") { name } b: subject(code: \"X\") { name } closedProbe }",
        Map.of(), TestTokens.gateway("subject:read"));
    assertThat(response.header("X-Audit-Errors")).isEqualTo("BAD_REQUEST,FORBIDDEN");
  }

  @Test
  void theDeclaredPurposeIsReported() {
    var response = graphQl().post("{ auditProbe(subject: \"" + COMPANY + "\", purpose: \"LOAN_APPROVAL\") }", Map.of(),
        TestTokens.gateway("report:verify"));
    assertThat(response.header("X-Audit-Purpose")).isEqualTo("LOAN_APPROVAL");
    assertThat(response.header("X-Audit-Subjects")).isEqualTo(COMPANY);
  }

  @Test
  void aDualCheckReportsItsSubjectAndPurposeForTheSubjectsInquiryList() {
    var response = graphQl().post("""
        mutation($c: ID!) { dualCheck(input: { subjectCode: $c, purpose: POST_LOAN_MANAGEMENT,
          amount: "100000.00", termMonths: 12, consentReference: "CONSENT-2026-9" }) { __typename } }""",
        Map.of("c", PERSON), TestTokens.gateway("lending:dual-check"));
    String key = protector.lookupKey((ResidentIdNumber) ((CodeParse.Parsed) SubjectCodes.withSystemClock()
        .parse(PERSON)).code());
    assertThat(response.header("X-Audit-Subjects")).isEqualTo(key);
    assertThat(response.header("X-Audit-Purpose")).isEqualTo("POST_LOAN_MANAGEMENT");
  }

  @Test
  void aPlainIdNumberIsNeverReported() {
    var response = graphQl().post("{ auditProbe(subject: \"" + PERSON + "\", purpose: \"贷款审批\") }", Map.of(),
        TestTokens.gateway("report:verify"));
    assertThat(response.body().at("/data/auditProbe").asString()).isEqualTo("ok");
    assertThat(response.header("X-Audit-Subjects")).isNull();
    assertThat(response.header("X-Audit-Purpose")).isNull();
  }
}
