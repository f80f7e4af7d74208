package org.publiccredit.graphql.search;

import java.util.List;

/** One page of audit events, each with the cursor after it. */
public record AuditEventPage(List<Hit> hits, boolean hasNextPage) {

  /** An event and where it sits. */
  public record Hit(AuditEventDocument event, AuditCursor cursor) {}
}
