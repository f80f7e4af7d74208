package org.publiccredit.graphql.subject;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.publiccredit.graphql.search.RecordCategory;

/** GraphQL types of the Relay connection over a subject's credit records. */
record CreditRecordConnection(List<Edge> edges, PageInfo pageInfo, long totalCount) {

  record Edge(String cursor, CreditRecord node) {}

  record PageInfo(boolean hasNextPage, boolean hasPreviousPage, @Nullable String startCursor,
      @Nullable String endCursor) {}

  record CreditRecord(String id, RecordCategory category, String title, @Nullable String documentNumber,
      @Nullable Organisation authority, LocalDate decisionDate, @Nullable LocalDate validFrom,
      @Nullable LocalDate validUntil, @Nullable String summary, Organisation sourceDepartment) {}

  record Organisation(String name, @Nullable String code) {}
}
