package org.publiccredit.graphql.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch.indices.IndexSettings;
import co.elastic.clients.elasticsearch.indices.TranslogDurability;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Index settings for a bulk import: no periodic refresh and an asynchronous translog, restored
 * afterwards. The trade-off: a crash of Elasticsearch during the import may lose the last seconds
 * of acknowledged writes. The import is idempotent, so re-running the file restores exactly what
 * was lost and nothing else; in exchange the node spends its two cores indexing rather than
 * refreshing segments and fsyncing every bulk.
 */
@Component
public class BulkLoadMode {

  private static final Logger log = LoggerFactory.getLogger(BulkLoadMode.class);
  private static final List<CreditIndices> WRITTEN =
      List.of(CreditIndices.RECORDS, CreditIndices.SUBJECTS, CreditIndices.HISTORY, CreditIndices.REJECTIONS);

  private final ElasticsearchClient client;

  BulkLoadMode(ElasticsearchClient client) {
    this.client = client;
  }

  /** Switches to import settings; closing the handle restores the templates' settings and refreshes. */
  public AutoCloseable enter() {
    apply("-1", TranslogDurability.Async);
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

  private void restore() {
    try {
      apply("1s", TranslogDurability.Request);
      client.indices().refresh(r -> r.index(WRITTEN.stream().map(CreditIndices::indexName).toList()));
      log.info("Import settings restored (refresh_interval 1s, translog durability request)");
    } catch (IOException | RuntimeException e) {
      log.error("Could not restore the index settings after the import; run the import again or reset "
          + "refresh_interval and index.translog.durability by hand", e);
    }
  }

  private void apply(String refreshInterval, TranslogDurability durability) {
    IndexSettings settings = IndexSettings.of(s -> s.refreshInterval(Time.of(t -> t.time(refreshInterval)))
        .translog(t -> t.durability(durability)));
    try {
      client.indices().putSettings(p -> p.index(WRITTEN.stream().map(CreditIndices::indexName).toList())
          .settings(settings));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot change index settings", e);
    }
  }
}
