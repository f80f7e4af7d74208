package org.publiccredit.graphql.search;

import java.util.List;

/** One page of a subject search. */
public record SubjectPage(List<Hit> hits, boolean hasNextPage, long totalCount) {

  /** A subject with the cursor that points just after it. */
  public record Hit(SubjectDocument subject, SubjectCursor cursor) {}
}
