package org.publiccredit.graphql.ingest.file;

import java.time.Duration;

/**
 * What an import did. Every row read is counted once: created, updated, unchanged or rejected.
 *
 * @param complete false when the import stopped before the end of the file
 */
record ImportSummary(String batchId, long rows, long created, long updated, long unchanged, long rejected,
    Duration took, boolean complete) {

  double rowsPerSecond() {
    return took.toMillis() == 0 ? rows : rows * 1000.0 / took.toMillis();
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT,
        "%,d rows in %.1f s (%,.0f rows/s): %,d created, %,d updated, %,d unchanged, %,d rejected%s",
        rows, took.toMillis() / 1000.0, rowsPerSecond(), created, updated, unchanged, rejected,
        complete ? "" : " (stopped before the end of the file)");
  }
}
