package org.publiccredit.graphql.search;

import java.util.List;

/** One page of rejections, each with the cursor after it. */
public record RejectionPage(List<Hit> hits, boolean hasNextPage) {

  /** A rejection and where it sits. */
  public record Hit(RejectionDocument rejection, RecordCursor cursor) {}
}
