package org.publiccredit.graphql.ingest;

import java.util.List;
import org.publiccredit.graphql.search.WriteResult;
import org.publiccredit.schema.catalog.Violation;

/** What became of one row: stored (created, updated, unchanged) or refused with reasons. */
public sealed interface RowOutcome {

  long line();

  /** Stored; {@code status} says whether anything was written. */
  record Accepted(long line, WriteResult.Status status, String recordId, int version) implements RowOutcome {}

  /** Refused; the violations never repeat an ID number. */
  record Rejected(long line, List<Violation> violations) implements RowOutcome {}
}
