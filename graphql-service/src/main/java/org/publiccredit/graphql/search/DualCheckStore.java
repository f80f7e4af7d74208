package org.publiccredit.graphql.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Keeps each dual-check in {@code dual-checks} (created once, never overwritten), so that who
 * checked whom, why and under which consent can be shown later.
 *
 * <p>Checks that finish while another check's write is on its way go together in the next bulk
 * (group commit): a check waits for nothing when it is alone, and under load one request and one
 * translog sync store several checks. Each check still returns only when the node has answered
 * for its own document ({@code create}: never overwrites), after the translog is synced (request
 * durability), as with one {@code create} request per check (docs/decisions.md). Hand-written
 * because the client's {@code BulkIngester} flushes on a size or a timer, so a lone check would
 * wait for the timer.
 */
@Component
public class DualCheckStore {

  /** At most this many checks in one bulk (about 600 bytes each). */
  static final int MAX_BATCH = 64;

  private final ElasticsearchClient client;
  private final Queue<Pending> queued = new ConcurrentLinkedQueue<>();
  private final ReentrantLock sending = new ReentrantLock();

  DualCheckStore(ElasticsearchClient client) {
    this.client = client;
  }

  /**
   * Stores the check under its id and returns once it is durable; visible to searches within the
   * index's refresh interval. Throws when the node refused or did not answer.
   */
  public void save(String checkId, Map<String, Object> document) {
    Pending mine = new Pending(checkId, document);
    queued.add(mine);
    sending.lock();
    try {
      // Whoever holds the lock writes everything queued so far, so a waiter usually finds its
      // check written by the one before it.
      while (!mine.done) {
        sendQueued();
      }
    } finally {
      sending.unlock();
    }
    if (mine.failure != null) {
      throw mine.failure;
    }
  }

  private void sendQueued() {
    List<Pending> batch = new ArrayList<>();
    for (Pending p; batch.size() < MAX_BATCH && (p = queued.poll()) != null; ) {
      batch.add(p);
    }
    if (batch.isEmpty()) {
      return;
    }
    List<BulkOperation> operations = new ArrayList<>(batch.size());
    for (Pending p : batch) {
      operations.add(BulkOperation.of(o -> o.create(c -> c.index(CreditIndices.DUAL_CHECKS.indexName())
          .id(p.checkId).document(p.document))));
    }
    try {
      BulkResponse response = client.bulk(b -> b.operations(operations));
      List<BulkResponseItem> items = response.items();
      for (int i = 0; i < batch.size(); i++) {
        BulkResponseItem item = i < items.size() ? items.get(i) : null;
        batch.get(i).finish(item == null ? new IllegalStateException("Elasticsearch bulk answered no item")
            : item.error() == null ? null
            : new IllegalStateException("Elasticsearch create failed: " + item.error().type()));
      }
    } catch (IOException e) {
      batch.forEach(p -> p.finish(new UncheckedIOException("Elasticsearch bulk failed", e)));
    } catch (RuntimeException e) {
      // Refused as a whole (or the client failed): every check of the batch fails with it.
      batch.forEach(p -> p.finish(e));
    }
  }

  /** The stored check, or null (for tests and the "who queried my credit" view). */
  public @Nullable Map<String, Object> find(String checkId) {
    try {
      @SuppressWarnings("unchecked")
      Class<Map<String, Object>> type = (Class<Map<String, Object>>) (Class<?>) Map.class;
      var response = client.get(g -> g.index(CreditIndices.DUAL_CHECKS.indexName()).id(checkId), type);
      return response.found() ? response.source() : null;
    } catch (IOException e) {
      throw new UncheckedIOException("Elasticsearch get failed", e);
    }
  }

  /** A check waiting to be written; read and written under {@code sending}. */
  private static final class Pending {
    final String checkId;
    final Map<String, Object> document;
    boolean done;
    @Nullable RuntimeException failure;

    Pending(String checkId, Map<String, Object> document) {
      this.checkId = checkId;
      this.document = document;
    }

    void finish(@Nullable RuntimeException failure) {
      this.failure = failure;
      this.done = true;
    }
  }
}
