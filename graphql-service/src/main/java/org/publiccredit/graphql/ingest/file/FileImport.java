package org.publiccredit.graphql.ingest.file;

import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.publiccredit.graphql.ingest.IngestBatch;
import org.publiccredit.graphql.ingest.IngestRow;
import org.publiccredit.graphql.ingest.RecordIngestion;
import org.publiccredit.graphql.ingest.RowOutcome;
import org.publiccredit.graphql.search.BulkLoadMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a file through {@link RecordIngestion}, the same path as the API: the file is read in
 * bulks of {@code bulkSize} rows, at most {@code concurrency} of them validated and written at
 * once (the machine's cores share the parsing, checking and encryption while Elasticsearch
 * indexes). The batch id is derived from the file's content, category and source, so re-running
 * the same file replaces its own rejections instead of adding to them.
 */
@Component
class FileImport {

  private static final Logger log = LoggerFactory.getLogger(FileImport.class);
  private static final Duration STALLED_AFTER = Duration.ofMinutes(5);

  private final RecordIngestion ingestion;
  private final BulkLoadMode bulkLoadMode;
  private final JsonMapper jsonMapper;

  FileImport(RecordIngestion ingestion, BulkLoadMode bulkLoadMode, JsonMapper jsonMapper) {
    this.ingestion = ingestion;
    this.bulkLoadMode = bulkLoadMode;
    this.jsonMapper = jsonMapper;
  }

  ImportSummary run(ImportRequest request) throws Exception {
    return runAll(List.of(request)).getFirst();
  }

  /**
   * Imports the files one after the other under one bulk-load mode (entered once: switching index
   * settings per file would refresh between files for nothing). Stops at the first file that fails;
   * a re-run finds the files before it unchanged.
   */
  List<ImportSummary> runAll(List<ImportRequest> requests) throws Exception {
    List<ImportSummary> summaries = new ArrayList<>();
    try (AutoCloseable tuning = bulkLoadMode.enter()) {
      for (ImportRequest request : requests) {
        summaries.add(importFile(request));
      }
    }
    return summaries;
  }

  /**
   * After a run that created or updated at least {@code mergeAfterRows} rows, merges the records
   * index into one segment ({@link BulkLoadMode#mergeRecords()}), so that profiles read each
   * subject's records from adjacent blocks; empty when the run wrote fewer.
   */
  Optional<Duration> mergeAfterLargeImport(List<ImportSummary> summaries, long mergeAfterRows) {
    long written = summaries.stream().mapToLong(s -> s.created() + s.updated()).sum();
    return written >= mergeAfterRows ? Optional.of(bulkLoadMode.mergeRecords()) : Optional.empty();
  }

  private ImportSummary importFile(ImportRequest request) throws Exception {
    ingestion.catalog().category(request.categoryId());
    Charset charset = Encodings.of(request.file(), request.encoding());
    String batchId = BatchIds.of(request);
    log.info("Importing {} as {} ({}), batch {}", request.file().getFileName(), request.categoryId(), charset, batchId);
    Instant start = Instant.now();
    ImportCounts counts = new ImportCounts();
    boolean complete;
    try (RowSource rows = RowSource.open(request.file(), charset, jsonMapper);
        RejectsFile rejects = RejectsFile.create(request.rejects());
        Progress progress = Progress.start(counts, start)) {
      complete = pump(request, batchId, rows, rejects, counts);
    }
    ImportSummary summary = counts.summary(batchId, Duration.between(start, Instant.now()), complete);
    log.info("Import of {}: {}", request.file().getFileName(), summary);
    return summary;
  }

  private boolean pump(ImportRequest request, String batchId, RowSource rows, RejectsFile rejects, ImportCounts counts)
      throws Exception {
    ExecutorService workers = Executors.newFixedThreadPool(request.concurrency());
    Semaphore inFlight = new Semaphore(request.concurrency());
    AtomicReference<Exception> failure = new AtomicReference<>();
    int bulks = 0;
    boolean complete = true;
    try {
      List<IngestRow> chunk = new ArrayList<>(request.bulkSize());
      IngestRow row;
      while (failure.get() == null && (row = rows.next()) != null) {
        chunk.add(row);
        if (chunk.size() == request.bulkSize()) {
          submit(request, batchId, chunk, workers, inFlight, failure, rejects, counts);
          chunk = new ArrayList<>(request.bulkSize());
          if (++bulks == request.stopAfterBulks()) {
            complete = false;
            break;
          }
        }
      }
      if (complete && !chunk.isEmpty() && failure.get() == null) {
        submit(request, batchId, chunk, workers, inFlight, failure, rejects, counts);
      }
      acquire(inFlight, request.concurrency());
    } finally {
      workers.shutdownNow();
    }
    if (failure.get() != null) {
      throw failure.get();
    }
    return complete;
  }

  /**
   * A bulk that never returns must not hang the import for ever: the store sends a bulk without an
   * answer again after a minute (search.AnswerTimeout, decision 48); should even that not end it,
   * give up here, exit with 1, and let the re-run restore the rest.
   */
  private static void acquire(Semaphore inFlight, int permits) throws InterruptedException, TimeoutException {
    if (!inFlight.tryAcquire(permits, STALLED_AFTER.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new TimeoutException("Elasticsearch answered no bulk request for " + STALLED_AFTER);
    }
  }

  private void submit(ImportRequest request, String batchId, List<IngestRow> chunk, ExecutorService workers,
      Semaphore inFlight, AtomicReference<Exception> failure, RejectsFile rejects, ImportCounts counts)
      throws InterruptedException, TimeoutException {
    acquire(inFlight, 1);
    workers.execute(() -> {
      try {
        List<RowOutcome> outcomes = ingestion.ingest(
            new IngestBatch(request.categoryId(), chunk, batchId, request.source(), false));
        counts.add(outcomes);
        rejects.write(outcomes);
      } catch (Exception e) {
        failure.compareAndSet(null, e);
      } finally {
        inFlight.release();
      }
    });
  }
}
