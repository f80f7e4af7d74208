package org.publiccredit.localstack;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportRequestTest {

    @Test
    void acceptsAPersonWithConsent() {
        ReportRequest request = ReportRequest.parse(person("370982198503120017", "CONSENT-1"));

        assertThat(request.problem()).isNull();
        assertThat(request.isPerson()).isTrue();
    }

    @Test
    void personWithoutConsentIsRefused() {
        ReportRequest request = ReportRequest.parse(person("370982198503120017", " "));

        assertThat(request.problem()).contains("consentReference");
        assertThat(request.problemCode()).isEqualTo("CONSENT_REQUIRED");
    }

    @Test
    void badCodeAndUnknownTypeAreRefused() {
        assertThat(ReportRequest.parse(person("370982198503120018", "C")).problemCode()).isEqualTo("INVALID_SUBJECT_CODE");
        Map<String, Object> unknownType = person("370982198503120017", "C");
        unknownType.put("subjectType", "ROBOT");
        assertThat(ReportRequest.parse(unknownType).problemCode()).isEqualTo("INVALID_REQUEST");
    }

    @Test
    void missingOrNonTextMembersReadAsEmpty() {
        ReportRequest request = ReportRequest.parse(Map.of("subjectType", "ENTERPRISE", "subjectCode", 42));

        assertThat(request.subjectCode()).isEmpty();
        assertThat(request.queryingInstitution()).isEmpty();
        assertThat(request.problemCode()).isEqualTo("INVALID_SUBJECT_CODE");
    }

    private static Map<String, Object> person(String code, String consent) {
        Map<String, Object> body = new HashMap<>();
        body.put("subjectType", "PERSON");
        body.put("subjectCode", code);
        body.put("purpose", "LOAN_APPROVAL");
        body.put("consentReference", consent);
        body.put("queryingInstitution", "C1037090000012");
        return body;
    }
}
