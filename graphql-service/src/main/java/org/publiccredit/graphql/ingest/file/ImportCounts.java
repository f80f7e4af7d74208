package org.publiccredit.graphql.ingest.file;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.publiccredit.graphql.ingest.RowOutcome;

/** Running totals of an import, updated by the workers and read by the progress line. */
final class ImportCounts {

  final AtomicLong created = new AtomicLong();
  final AtomicLong updated = new AtomicLong();
  final AtomicLong unchanged = new AtomicLong();
  final AtomicLong rejected = new AtomicLong();

  void add(List<RowOutcome> outcomes) {
    for (RowOutcome outcome : outcomes) {
      switch (outcome) {
        case RowOutcome.Accepted a -> (switch (a.status()) {
          case CREATED -> created;
          case UPDATED -> updated;
          case UNCHANGED -> unchanged;
        }).incrementAndGet();
        case RowOutcome.Rejected r -> rejected.incrementAndGet();
      }
    }
  }

  long accepted() {
    return created.get() + updated.get() + unchanged.get();
  }

  long rows() {
    return accepted() + rejected.get();
  }

  ImportSummary summary(String batchId, Duration took, boolean complete) {
    return new ImportSummary(batchId, rows(), created.get(), updated.get(), unchanged.get(), rejected.get(), took,
        complete);
  }
}
