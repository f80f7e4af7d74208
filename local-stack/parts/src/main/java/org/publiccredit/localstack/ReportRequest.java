package org.publiccredit.localstack;

import org.jspecify.annotations.Nullable;

import java.util.Map;

/** The body of {@code POST /credit-reference/v2/reports} ({@code ReportRequest} in the contract). */
record ReportRequest(
    String subjectType,
    String subjectCode,
    String purpose,
    @Nullable String consentReference,
    String queryingInstitution
) {

    static ReportRequest parse(Map<?, ?> body) {
        return new ReportRequest(
            text(body, "subjectType"),
            text(body, "subjectCode"),
            text(body, "purpose"),
            body.get("consentReference") instanceof String consent && !consent.isBlank() ? consent : null,
            text(body, "queryingInstitution"));
    }

    private static String text(Map<?, ?> body, String name) {
        return body.get(name) instanceof String value ? value.strip() : "";
    }

    boolean isPerson() {
        return "PERSON".equals(subjectType);
    }

    /** Why the real service would refuse this request, or null when it is acceptable. */
    @Nullable String problem() {
        if (!"PERSON".equals(subjectType) && !"ENTERPRISE".equals(subjectType)) {
            return "subjectType must be PERSON or ENTERPRISE.";
        }
        if (!SubjectCodes.isValid(subjectType, subjectCode)) {
            return isPerson()
                ? "subjectCode is not a valid resident ID number (GB 11643-1999)."
                : "subjectCode is not a valid unified social credit code (GB 32100-2015).";
        }
        if (isPerson() && consentReference == null) {
            // Credit Reporting Regulation (2013) Art. 18: a person's report needs that person's consent.
            return "consentReference is required to query a person's report.";
        }
        return null;
    }

    String problemCode() {
        if (!"PERSON".equals(subjectType) && !"ENTERPRISE".equals(subjectType)) {
            return "INVALID_REQUEST";
        }
        return SubjectCodes.isValid(subjectType, subjectCode) ? "CONSENT_REQUIRED" : "INVALID_SUBJECT_CODE";
    }
}
