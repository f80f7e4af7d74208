package org.publiccredit.localstack;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GeneratedReportsTest {

    @Test
    void sameCodeGivesTheSameReport() {
        ReportRequest request = person("37098219900101001");

        assertThat(JsonText.write(GeneratedPersonReports.build(request))).isEqualTo(JsonText.write(GeneratedPersonReports.build(request)));
        assertThat(JsonText.write(GeneratedEnterpriseReports.build(enterprise("91370982MA3CR6L43"))))
            .isEqualTo(JsonText.write(GeneratedEnterpriseReports.build(enterprise("91370982MA3CR6L43"))));
    }

    @Test
    void differentCodesGiveDifferentReports() {
        assertThat(JsonText.write(GeneratedPersonReports.build(person("37098219900101001"))))
            .isNotEqualTo(JsonText.write(GeneratedPersonReports.build(person("37098219900101002"))));
    }

    @Test
    void identityFollowsTheIdNumber() {
        Map<?, ?> identity = (Map<?, ?>) GeneratedPersonReports.build(person("37098219900101002")).get("identity");

        assertThat(identity.get("birthDate")).isEqualTo("1990-01-01");
        assertThat(identity.get("gender")).isEqualTo("FEMALE");
    }

    @Test
    void generatedPersonsAreCleanNowAndTheirSummaryAddsUp() {
        for (int i = 0; i < 200; i++) {
            Map<String, Object> report = GeneratedPersonReports.build(person("37098219800101" + String.format("%03d", i)));
            List<?> accounts = (List<?>) report.get("loanAccounts");
            Map<?, ?> summary = (Map<?, ?>) report.get("summary");

            assertThat(accounts).isNotEmpty();
            BigDecimal total = BigDecimal.ZERO;
            for (Object item : accounts) {
                Map<?, ?> account = (Map<?, ?>) item;
                assertThat(account.get("currentOverduePeriods")).isEqualTo(0);
                String statuses = (String) ((Map<?, ?>) account.get("repaymentHistory")).get("statuses");
                assertThat(statuses).hasSize(24).matches("[N1*]{24}").endsWith("N");
                total = total.add((BigDecimal) ((Map<?, ?>) account.get("latestStatus")).get("balance"));
                if (account.get("dueDate") instanceof String due) {
                    assertThat(due).isGreaterThan("2026-10-31");
                }
            }
            assertThat((BigDecimal) summary.get("totalBalance")).isEqualByComparingTo(total);
        }
    }

    @Test
    void generatedEnterprisesHaveNoOverdueLoansAndOpenLoansAreNotYetDue() {
        for (int i = 0; i < 200; i++) {
            Map<String, Object> report = GeneratedEnterpriseReports.build(enterprise("913709820" + String.format("%08d", i)));
            Map<?, ?> summary = (Map<?, ?>) report.get("summary");

            assertThat(summary.get("overdueLoanCount")).isEqualTo(0);
            assertThat(summary.get("loanCount")).isEqualTo(((List<?>) report.get("loans")).size());
            for (Object loan : (List<?>) report.get("loans")) {
                assertThat((String) ((Map<?, ?>) loan).get("dueDate")).isGreaterThan("2026-10-31");
                assertThat(((Map<?, ?>) loan).get("fiveLevelClassification")).isEqualTo("正常");
            }
        }
    }

    static ReportRequest person(String first17) {
        return new ReportRequest("PERSON", first17 + SubjectCodes.residentIdCheck(first17), "LOAN_APPROVAL", "CONSENT-1", "C1037090000012");
    }

    static ReportRequest enterprise(String first17) {
        return new ReportRequest("ENTERPRISE", first17 + SubjectCodes.unifiedSocialCreditCodeCheck(first17), "LOAN_APPROVAL", null, "C1037090000012");
    }
}
