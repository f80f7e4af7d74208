package org.publiccredit.graphql.report;

import org.jspecify.annotations.Nullable;

/** GraphQL type {@code CreditReportVerification}. */
record CreditReportVerification(Status status, @Nullable String number, @Nullable String issuedAt,
    @Nullable String subjectName) {

  enum Status {
    GENUINE,
    ALTERED,
    UNKNOWN
  }
}
