package org.publiccredit.graphql.ingest.file;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** One updating line on stderr: rows, rows/s, accepted, rejected. */
final class Progress implements AutoCloseable {

  private final ImportCounts counts;
  private final Instant start;
  private final PrintStream out = System.err;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "import-progress");
    thread.setDaemon(true);
    return thread;
  });

  private Progress(ImportCounts counts, Instant start) {
    this.counts = counts;
    this.start = start;
  }

  static Progress start(ImportCounts counts, Instant start) {
    Progress progress = new Progress(counts, start);
    progress.timer.scheduleAtFixedRate(progress::print, 500, 500, TimeUnit.MILLISECONDS);
    return progress;
  }

  private void print() {
    long millis = Math.max(1, Duration.between(start, Instant.now()).toMillis());
    out.printf(Locale.ROOT, "\r%,12d rows  %,9.0f rows/s  accepted %,d  rejected %,d   ",
        counts.rows(), counts.rows() * 1000.0 / millis, counts.accepted(), counts.rejected.get());
    out.flush();
  }

  @Override
  public void close() {
    timer.shutdownNow();
    print();
    out.println();
  }
}
