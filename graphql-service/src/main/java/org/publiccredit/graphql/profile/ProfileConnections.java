package org.publiccredit.graphql.profile;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.publiccredit.graphql.error.InvalidArgumentException;
import org.publiccredit.graphql.search.RecordCursor;

/**
 * Relay paging over a profile's records: pages Elasticsearch returned, or records already in
 * memory and in cursor order.
 */
final class ProfileConnections {

  static final int MAX_PAGE_SIZE = 100;
  static final int DEFAULT_PAGE_SIZE = 20;

  /** A page of a section as a query asks for it ({@code after} as the client sent it). */
  record PageKey(Section section, int first, @Nullable String after) {

    /** The page a section field asks for, or null when its arguments are invalid (the field reports that). */
    static @Nullable PageKey of(Section section, @Nullable Object first, @Nullable Object after) {
      int size = first instanceof Integer n ? n : DEFAULT_PAGE_SIZE;
      if (size < 1 || size > MAX_PAGE_SIZE || (after != null && !(after instanceof String))) {
        return null;
      }
      String cursor = (String) after;
      if (cursor != null && RecordCursor.decode(cursor).isEmpty()) {
        return null;
      }
      return new PageKey(section, size, cursor);
    }
  }

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

  /** A page as Elasticsearch returned it, its records already judged and mapped. */
  static Connection searched(List<ProfileRecord> records, boolean hasNextPage, boolean hasPreviousPage, long totalCount) {
    List<Edge> edges = records.stream().map(r -> new Edge(r.cursor().encode(), r)).toList();
    var pageInfo = new PageInfo(hasNextPage, hasPreviousPage,
        edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor());
    return new Connection(edges, pageInfo, Math.toIntExact(totalCount));
  }

  /** Whether {@code candidate} comes after {@code cursor}: an older decision, or the same day and a larger id. */
  private static boolean isAfter(RecordCursor candidate, RecordCursor cursor) {
    return RecordCursor.ORDER.compare(candidate, cursor) > 0;
  }
}
