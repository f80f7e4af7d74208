package org.publiccredit.graphql.search;

import java.util.List;

/**
 * One page of a subject's records.
 *
 * @param totalCount all records of the subject, not just this page
 */
public record CreditRecordPage(List<Hit> hits, boolean hasNextPage, long totalCount) {

  /** A record with the cursor that points just after it. */
  public record Hit(CreditRecordDocument record, RecordCursor cursor) {}
}
