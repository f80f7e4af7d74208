package org.publiccredit.graphql.report;

import org.publiccredit.graphql.profile.CreditProfile;
import org.publiccredit.graphql.profile.ProfileSummary;

/**
 * GraphQL type {@code CreditReport}: a profile as issued.
 *
 * @param issuedAt ISO-8601 instant
 * @param pdfPath where the same report is served as PDF (through the gateway, signed)
 */
record CreditReport(String number, String issuedAt, String verificationCode, ReportSubject subject,
    CreditProfile profile, ProfileSummary summary, String pdfPath) {

  /** GraphQL type {@code ReportSubject}: the subject as the report shows it (a person's ID number masked). */
  record ReportSubject(String code, String name, String type, @org.jspecify.annotations.Nullable String town) {}
}
