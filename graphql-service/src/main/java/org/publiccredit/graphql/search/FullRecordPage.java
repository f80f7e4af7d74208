package org.publiccredit.graphql.search;

import java.util.List;

/** Records in the order (decision date descending, record id ascending), each with its cursor. */
public record FullRecordPage(List<Hit> hits, boolean hasNextPage) {

  public record Hit(FullRecord record, RecordCursor cursor) {}
}
