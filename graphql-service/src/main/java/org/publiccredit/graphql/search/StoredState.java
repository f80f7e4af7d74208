package org.publiccredit.graphql.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** What is stored for a set of records: one mget per index for the hashes, one for replaced sources. */
final class StoredState {

  /** Random per write (AES-GCM IVs): they must not count as a change of content. */
  private static final List<String> VOLATILE = List.of("cipher", "idNumberCiphertext");
  private static final List<String> BOOKKEEPING = List.of("contentHash", "version", "createdAt");

  /**
   * The stored hash, version and sequence numbers of one document.
   *
   * @param version 0 for a document no ingestion wrote: a minimal subject created for a record, or
   *     a demo subject; a base record takes its place as version 1, without history
   */
  record Stored(@Nullable String hash, int version, @Nullable String createdAt, long seqNo, long primaryTerm) {}

  private final ElasticsearchClient client;

  StoredState(ElasticsearchClient client) {
    this.client = client;
  }

  Map<String, Stored> read(List<StoredRecord> records) {
    Map<String, Stored> stored = new HashMap<>();
    for (boolean base : List.of(true, false)) {
      List<String> ids = records.stream().filter(r -> r.base() == base).map(StoredRecord::id).toList();
      mget(index(base), ids, BOOKKEEPING).docs().forEach(item -> {
        if (item.isResult() && item.result().found()) {
          var result = item.result();
          JsonNode source = result.source();
          stored.put(result.id(), new Stored(text(source, "contentHash"),
              source == null || source.get("version") == null ? 0 : source.get("version").asInt(),
              text(source, "createdAt"), result.seqNo() == null ? 0 : result.seqNo(),
              result.primaryTerm() == null ? 0 : result.primaryTerm()));
        }
      });
    }
    return stored;
  }

  /** The full stored sources of records about to be replaced, for their history. */
  Map<String, ObjectNode> sources(List<StoredRecord> records) {
    Map<String, ObjectNode> sources = new HashMap<>();
    for (boolean base : List.of(true, false)) {
      List<String> ids = records.stream().filter(r -> r.base() == base).map(StoredRecord::id).toList();
      mget(index(base), ids, List.of()).docs().forEach(item -> {
        if (item.isResult() && item.result().found() && item.result().source() instanceof ObjectNode source) {
          sources.put(item.result().id(), source);
        }
      });
    }
    return sources;
  }

  static ObjectNode withoutVolatile(ObjectNode document) {
    ObjectNode copy = document.deepCopy();
    strip(copy);
    return copy;
  }

  private static void strip(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.remove(VOLATILE);
      object.remove("contentHash");
      object.forEach(StoredState::strip);
    }
  }

  private static String index(boolean base) {
    return (base ? CreditIndices.SUBJECTS : CreditIndices.RECORDS).indexName();
  }

  private MgetResponse<JsonNode> mget(String index, List<String> ids, List<String> includes) {
    if (ids.isEmpty()) {
      return MgetResponse.of(m -> m.docs(List.of()));
    }
    try {
      return Backoff.onTooManyRequests("mget", () -> client.mget(m -> {
        m.index(index).ids(ids);
        if (!includes.isEmpty()) {
          m.sourceIncludes(includes);
        }
        return m;
      }, JsonNode.class));
    } catch (IOException e) {
      throw new UncheckedIOException("Elasticsearch mget failed", e);
    }
  }

  private static @Nullable String text(@Nullable JsonNode source, String field) {
    JsonNode value = source == null ? null : source.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }
}
