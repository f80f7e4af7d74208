package org.publiccredit.localstack;

import com.github.tomakehurst.wiremock.common.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.publiccredit.localstack.junit.LocalStack;
import wiremock.com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class CreditReferenceStandInIT {

    private static final String DEMO_PERSON = "370982198503120017";
    private static final String DEMO_COMPANY = "91370982MA3C4A1Q19";

    private final CreditReferenceStandIn standIn = LocalStack.creditReference();

    @AfterEach
    void restore() {
        standIn.reset();
    }

    @Test
    void healthIsUp() {
        HttpResponse<String> health = Http.get(standIn.baseUrl().resolve("/credit-reference/v2/health"));

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(Json.node(health.body()).get("status").asText()).isEqualTo("UP");
    }

    @Test
    void demoPersonHasAnOverdueBusinessLoan() {
        JsonNode report = ok(person(DEMO_PERSON));

        assertThat(report.get("reportType").asText()).isEqualTo("PERSONAL");
        assertThat(report.at("/header/queryingInstitution").asText()).isEqualTo("C1037090000012");
        assertThat(report.at("/header/queryReason").asText()).isEqualTo("LOAN_APPROVAL");
        assertThat(report.at("/identity/name").asText()).isEqualTo("王建国");
        assertThat(report.at("/summary/overdueAccountCount").asInt()).isEqualTo(3);
        JsonNode overdue = report.at("/loanAccounts/0");
        assertThat(overdue.at("/latestStatus/fiveLevelClassification").asText()).isEqualTo("关注");
        assertThat(overdue.get("currentOverduePeriods").asInt()).isEqualTo(2);
        assertThat(overdue.get("currentOverdueAmount").decimalValue()).isEqualByComparingTo("18650.00");
        assertThat(overdue.at("/repaymentHistory/statuses").asText()).hasSize(24).endsWith("12");
    }

    @Test
    void demoCompanyHasAnOverdueWorkingCapitalLoan() {
        JsonNode report = ok(enterprise(DEMO_COMPANY));

        assertThat(report.get("reportType").asText()).isEqualTo("ENTERPRISE");
        assertThat(report.at("/identity/name").asText()).isEqualTo("示范市鲁信农产品有限公司");
        JsonNode loan = report.at("/loans/0");
        assertThat(loan.get("fiveLevelClassification").asText()).isEqualTo("关注");
        assertThat(loan.get("overdueMonths").asInt()).isEqualTo(2);
        assertThat(loan.get("overduePrincipal").decimalValue()).isEqualByComparingTo("50000.00");
        assertThat(report.at("/guarantees").size()).isEqualTo(1);
    }

    @Test
    void severeSubjectsCarryLossClassification() {
        assertThat(ok(person("370982199011070038")).at("/loanAccounts/0/latestStatus/fiveLevelClassification").asText()).isEqualTo("损失");
        assertThat(ok(enterprise("91370982MA3E7Y2RXK")).at("/summary/worstClassification").asText()).isEqualTo("损失");
    }

    @Test
    void fixedReportEchoesTheRequestInItsHeaderAsJsonText() {
        HttpResponse<String> response = Http.post(reports(), "{\"subjectType\":\"ENTERPRISE\",\"subjectCode\":\"" + DEMO_COMPANY
            + "\",\"purpose\":\"GUARANTEE_REVIEW\",\"queryingInstitution\":\"C1 \\\"quoted\\\" 银行\"}");

        JsonNode report = ok(response);
        assertThat(report.at("/header/queryingInstitution").asText()).isEqualTo("C1 \"quoted\" 银行");
        assertThat(report.at("/header/queryReason").asText()).isEqualTo("GUARANTEE_REVIEW");
        assertThat(report.at("/header/reportNumber").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("{{");
    }

    @Test
    void unknownSubjectWithoutRecordIsA404WithJson() {
        HttpResponse<String> response = person("11010519491231002X");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Json.node(response.body()).get("code").asText()).isEqualTo("NO_CREDIT_RECORD");
    }

    @Test
    void generatedReportIsTheSameForEveryCall() {
        String company = "91370982MA3CR6L43" + SubjectCodes.unifiedSocialCreditCodeCheck("91370982MA3CR6L43");
        HttpResponse<String> first = enterprise(company);
        HttpResponse<String> second = enterprise(company);
        HttpResponse<String> person = person("37098219900101001" + SubjectCodes.residentIdCheck("37098219900101001"));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).isEqualTo(second.body());
        assertThat(Json.node(first.body()).get("reportType").asText()).isEqualTo("ENTERPRISE");
        assertThat(ok(person).at("/identity/birthDate").asText()).isEqualTo("1990-01-01");
        assertThat(ok(person).at("/loanAccounts").size()).isPositive();
    }

    @Test
    void refusesBadCodesAndPersonsWithoutConsentAsJson() {
        HttpResponse<String> badCheck = enterprise("91370982MA3C4A1Q18");
        HttpResponse<String> noConsent = Http.post(reports(),
            "{\"subjectType\":\"PERSON\",\"subjectCode\":\"" + DEMO_PERSON + "\",\"purpose\":\"LOAN_APPROVAL\",\"queryingInstitution\":\"C1\"}");

        assertThat(badCheck.statusCode()).isEqualTo(400);
        assertThat(Json.node(badCheck.body()).get("code").asText()).isEqualTo("INVALID_SUBJECT_CODE");
        assertThat(noConsent.statusCode()).isEqualTo(400);
        assertThat(Json.node(noConsent.body()).get("code").asText()).isEqualTo("CONSENT_REQUIRED");
        assertThat(Http.get(standIn.baseUrl().resolve("/credit-reference/v1/nothing")).statusCode()).isEqualTo(404);
    }

    @Test
    void failWithAnswersEveryReportWithThatStatusUntilReset() {
        standIn.failWith(500);
        standIn.failWith(503);

        HttpResponse<String> failed = person(DEMO_PERSON);
        assertThat(failed.statusCode()).isEqualTo(503);
        assertThat(failed.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(Json.node(failed.body()).get("code").asText()).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(enterprise(DEMO_COMPANY).statusCode()).isEqualTo(503);
        assertThat(Http.get(standIn.baseUrl().resolve("/credit-reference/v2/health")).statusCode()).isEqualTo(200);

        standIn.reset();
        assertThat(person(DEMO_PERSON).statusCode()).isEqualTo(200);
    }

    @Test
    void respondSlowlyDelaysReportsUntilReset() {
        standIn.respondSlowly(Duration.ofMillis(700));

        assertThat(timed(() -> person(DEMO_PERSON))).isGreaterThanOrEqualTo(Duration.ofMillis(700));
        assertThat(timed(() -> enterprise("91370982MA3CGP5N9H"))).isGreaterThanOrEqualTo(Duration.ofMillis(700));
        assertThat(timed(() -> Http.get(standIn.baseUrl().resolve("/credit-reference/v2/health")))).isLessThan(Duration.ofMillis(700));

        standIn.reset();
        assertThat(timed(() -> person(DEMO_PERSON))).isLessThan(Duration.ofMillis(700));
    }

    private URI reports() {
        return standIn.baseUrl().resolve("/credit-reference/v2/reports");
    }

    private HttpResponse<String> person(String code) {
        return Http.post(reports(), "{\"subjectType\":\"PERSON\",\"subjectCode\":\"" + code
            + "\",\"purpose\":\"LOAN_APPROVAL\",\"consentReference\":\"CONSENT-2026-000123\",\"queryingInstitution\":\"C1037090000012\"}");
    }

    private HttpResponse<String> enterprise(String code) {
        return Http.post(reports(), "{\"subjectType\":\"ENTERPRISE\",\"subjectCode\":\"" + code
            + "\",\"purpose\":\"LOAN_APPROVAL\",\"queryingInstitution\":\"C1037090000012\"}");
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.node(response.body());
    }

    private static Duration timed(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
