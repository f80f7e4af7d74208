package org.publiccredit.graphql.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Keeps each dual-check in {@code dual-checks} (created once, never overwritten), so that who
 * checked whom, why and under which consent can be shown later.
 */
@Component
public class DualCheckStore {

  private final ElasticsearchClient client;

  DualCheckStore(ElasticsearchClient client) {
    this.client = client;
  }

  /** Stores the check under its id; visible to searches within the index's refresh interval. */
  public void save(String checkId, Map<String, Object> document) {
    try {
      client.create(c -> c.index(CreditIndices.DUAL_CHECKS.indexName()).id(checkId).document(document));
    } catch (IOException e) {
      throw new UncheckedIOException("Elasticsearch create failed", e);
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
}
