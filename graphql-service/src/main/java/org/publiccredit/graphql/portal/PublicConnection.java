package org.publiccredit.graphql.portal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** GraphQL type {@code PublicRecordConnection}. */
record PublicConnection(List<Edge> edges, PageInfo pageInfo) {

  record Edge(String cursor, PublicRecord node) {}

  record PageInfo(boolean hasNextPage, boolean hasPreviousPage, @Nullable String startCursor,
      @Nullable String endCursor) {}
}
