package org.publiccredit.graphql.profile;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.publiccredit.graphql.error.InvalidArgumentException;
import org.publiccredit.graphql.search.RecordCursor;

/** Relay paging over a profile's records, which are already in memory and in cursor order. */
final class ProfileConnections {

  static final int MAX_PAGE_SIZE = 100;
  static final int DEFAULT_PAGE_SIZE = 20;

  /** GraphQL type {@code ProfileRecordConnection}. */
  record Connection(List<Edge> edges, PageInfo pageInfo, int totalCount) {}

  /** GraphQL type {@code ProfileRecordEdge}. */
  record Edge(String cursor, ProfileRecord node) {}

  /** GraphQL type {@code PageInfo}. */
  record PageInfo(boolean hasNextPage, boolean hasPreviousPage, @Nullable String startCursor,
      @Nullable String endCursor) {}

  private ProfileConnections() {}

  static int pageSize(@Nullable Integer first) {
    int size = first == null ? DEFAULT_PAGE_SIZE : first;
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidArgumentException("first", "OUT_OF_RANGE", "Argument 'first' must be between 1 and " + MAX_PAGE_SIZE + ".");
    }
    return size;
  }

  static @Nullable RecordCursor cursor(@Nullable String after) {
    return after == null ? null : RecordCursor.decode(after).orElseThrow(() ->
        new InvalidArgumentException("after", "INVALID_CURSOR", "Argument 'after' is not a cursor returned by this API."));
  }

  static Connection page(List<ProfileRecord> records, @Nullable Integer first, @Nullable String after) {
    int size = pageSize(first);
    RecordCursor cursor = cursor(after);
    int start = 0;
    if (cursor != null) {
      while (start < records.size() && !isAfter(records.get(start).cursor(), cursor)) {
        start++;
      }
    }
    int end = Math.min(records.size(), start + size);
    List<Edge> edges = records.subList(start, end).stream().map(r -> new Edge(r.cursor().encode(), r)).toList();
    var pageInfo = new PageInfo(end < records.size(), cursor != null,
        edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor());
    return new Connection(edges, pageInfo, records.size());
  }

  /** Whether {@code candidate} comes after {@code cursor}: an older decision, or the same day and a larger id. */
  private static boolean isAfter(RecordCursor candidate, RecordCursor cursor) {
    if (candidate.decisionDateMillis() != cursor.decisionDateMillis()) {
      return candidate.decisionDateMillis() < cursor.decisionDateMillis();
    }
    return candidate.recordId().compareTo(cursor.recordId()) > 0;
  }
}
