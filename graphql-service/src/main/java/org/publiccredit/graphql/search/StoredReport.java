package org.publiccredit.graphql.search;

/**
 * A credit report as issued.
 *
 * @param subjectId the subject's document id (a code, or a person's lookup key; never an ID number)
 * @param content the canonical JSON text the verification code was computed over
 */
public record StoredReport(String number, String issuedAt, String issuedTo, String subjectId, String subjectName,
    String content, String verificationCode) {

  @Override
  public String toString() {
    return "StoredReport[" + number + "]";
  }
}
