package org.publiccredit.graphql.search;

/** Categories of credit record the platform collects (domain.md, data catalog). */
public enum RecordCategory {
  ADMINISTRATIVE_LICENSE,
  ADMINISTRATIVE_PENALTY,
  RED_LIST,
  BLACK_LIST,
  SEVERE_DISHONEST_LIST,
  ABNORMAL_OPERATION,
  TAX_RATING,
  COURT_DISHONEST_DEBTOR,
  CREDIT_COMMITMENT,
  POSITIVE_RECORD,
  OTHER_NEGATIVE
}
