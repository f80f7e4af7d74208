package org.publiccredit.graphql.creditreference;

import org.jspecify.annotations.Nullable;

/**
 * One report query as the contract's {@code ReportRequest}. Holds an ID number for persons: never
 * log it (toString leaves it out).
 *
 * @param subjectType PERSON or ENTERPRISE
 * @param purpose LOAN_APPROVAL, POST_LOAN_MANAGEMENT, GUARANTEE_REVIEW or CREDIT_CARD_APPROVAL
 * @param queryingInstitution the bank's institution code, printed in the report header
 */
public record ReportQuery(String subjectType, String subjectCode, String purpose,
    @Nullable String consentReference, String queryingInstitution) {

  @Override
  public String toString() {
    return "ReportQuery[" + subjectType + ", " + purpose + "]";
  }
}
