package org.publiccredit.graphql.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Index settings for a bulk import: no periodic refresh, an asynchronous translog, a Lucene commit
 * at most every 10 minutes, and a merge policy that lets more segments of one size pile up before
 * merging them (32 instead of 8 per tier: each document is rewritten by fewer merges), restored
 * afterwards (the policy back to its default, so the pile is merged once after the import). The trade-off: a crash of Elasticsearch during the import may lose the last seconds
 * of acknowledged writes. The import is idempotent, so re-running the file restores exactly what
 * was lost and nothing else; in exchange the node spends its two cores indexing rather than
 * refreshing segments and fsyncing every bulk.
 */
@Component
public class BulkLoadMode {

  private static final Logger log = LoggerFactory.getLogger(BulkLoadMode.class);
  private static final List<CreditIndices> WRITTEN =
      List.of(CreditIndices.RECORDS, CreditIndices.SUBJECTS, CreditIndices.HISTORY, CreditIndices.REJECTIONS);

  private static final Duration MERGE_POLL = Duration.ofMillis(500);

  /** During the import. */
  static final String IMPORT_SETTINGS = """
      {"index": {"refresh_interval": "-1", "translog.durability": "async", "translog.flush_threshold_age": "10m",
       "merge.policy.segments_per_tier": 32}}""";
  /** The templates' values, and the defaults where the templates say nothing (null resets a setting). */
  static final String RESTORED_SETTINGS = """
      {"index": {"refresh_interval": "1s", "translog.durability": "request", "translog.flush_threshold_age": null,
       "merge.policy.segments_per_tier": null}}""";

  private final ElasticsearchClient client;
  /**
   * The typed settings API cannot name the merge policy nor reset a setting to its default (null):
   * these two requests go through the low-level client as JSON.
   */
  private final Rest5Client rest;

  BulkLoadMode(ElasticsearchClient client, Rest5Client rest) {
    this.client = client;
    this.rest = rest;
  }

  /** Switches to import settings; closing the handle restores the templates' settings and refreshes. */
  public AutoCloseable enter() {
    apply(IMPORT_SETTINGS);
    // Ctrl-C or SIGTERM end the JVM without unwinding the import: restore from a shutdown hook too.
    // After kill -9 nothing runs; the next import (or a re-run) restores the settings when it ends.
    Thread hook = new Thread(this::restore, "import-settings-restore");
    Runtime.getRuntime().addShutdownHook(hook);
    return () -> {
      restore();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // already shutting down: the hook restores (again), which is harmless
      }
    };
  }

  /**
   * Merges {@code credit-records} into one segment and waits for it. The index is sorted by
   * subject (template version 6), so afterwards each subject's records lie next to each other in
   * one segment and a profile's fetch decompresses a few stored-field blocks, in order, instead of
   * one block per record in every segment the import left (docs/decisions.md). It rewrites the
   * whole index: worth it after a large import only. The merge runs as a task, polled, because it
   * takes longer than the client's socket timeout.
   *
   * @return how long the merge took
   */
  public Duration mergeRecords() {
    Instant start = Instant.now();
    try {
      String task = client.indices().forcemerge(f -> f.index(CreditIndices.RECORDS.indexName())
          .maxNumSegments(1L).flush(true).waitForCompletion(false)).task();
      if (task != null) {
        var state = client.tasks().get(g -> g.taskId(task));
        while (!state.completed()) {
          Thread.sleep(MERGE_POLL.toMillis());
          state = client.tasks().get(g -> g.taskId(task));
        }
        if (state.error() != null) {
          throw new IllegalStateException("The merge of credit-records failed: " + state.error().type());
        }
      }
      client.indices().refresh(r -> r.index(CreditIndices.RECORDS.indexName()));
      Duration took = Duration.between(start, Instant.now());
      log.info("credit-records merged into one segment in {} s", took.toSeconds());
      return took;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot merge credit-records", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while credit-records was merged (the node finishes the merge)", e);
    }
  }

  private void restore() {
    try {
      apply(RESTORED_SETTINGS);
      client.indices().refresh(r -> r.index(WRITTEN.stream().map(CreditIndices::indexName).toList()));
      log.info("Import settings restored (refresh_interval 1s, translog durability request, flush age and merge policy default)");
    } catch (IOException | RuntimeException e) {
      log.error("Could not restore the index settings after the import; run the import again or reset "
          + "the settings by hand: {}", RESTORED_SETTINGS, e);
    }
  }

  private void apply(String settings) {
    Request request = new Request("PUT",
        "/" + WRITTEN.stream().map(CreditIndices::indexName).collect(Collectors.joining(",")) + "/_settings");
    request.setJsonEntity(settings);
    try {
      rest.performRequest(request);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot change index settings", e);
    }
  }
}
