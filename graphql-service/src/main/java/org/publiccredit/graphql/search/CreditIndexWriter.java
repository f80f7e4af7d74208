package org.publiccredit.graphql.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes subjects and records idempotently. Each document carries a hash of its content; a
 * document whose stored hash matches is skipped, so re-sending the same data changes nothing
 * (not even the document version), while a corrected document replaces the stored one.
 */
@Component
public class CreditIndexWriter {

  /** Random per write (the AES-GCM IV), so it must not count as a change of content. */
  private static final List<String> VOLATILE_FIELDS = List.of("idNumberCiphertext");
  private static final String HASH_FIELD = "contentHash";

  private final ElasticsearchClient client;
  private final JsonMapper jsonMapper;

  CreditIndexWriter(ElasticsearchClient client, JsonMapper jsonMapper) {
    this.client = client;
    this.jsonMapper = jsonMapper;
  }

  /**
   * What a write did.
   *
   * @param written documents created or replaced
   * @param unchanged documents already stored with the same content
   */
  public record Summary(int written, int unchanged) {
    Summary plus(Summary other) {
      return new Summary(written + other.written, unchanged + other.unchanged);
    }
  }

  /** Writes both kinds and makes them visible to searches before returning. */
  public Summary write(List<SubjectDocument> subjects, List<CreditRecordDocument> records) {
    Map<String, ObjectNode> subjectDocs = new HashMap<>();
    subjects.forEach(s -> subjectDocs.put(s.subjectId(), withHash(s)));
    Map<String, ObjectNode> recordDocs = new HashMap<>();
    records.forEach(r -> recordDocs.put(r.recordId(), withHash(r)));
    return writeChanged(CreditIndices.SUBJECTS, subjectDocs).plus(writeChanged(CreditIndices.RECORDS, recordDocs));
  }

  private ObjectNode withHash(Object document) {
    ObjectNode tree = jsonMapper.valueToTree(document);
    ObjectNode hashed = tree.deepCopy();
    hashed.remove(VOLATILE_FIELDS);
    tree.put(HASH_FIELD, ContentHash.of(jsonMapper.writeValueAsBytes(hashed)));
    return tree;
  }

  private Summary writeChanged(CreditIndices index, Map<String, ObjectNode> documents) {
    if (documents.isEmpty()) {
      return new Summary(0, 0);
    }
    Map<String, String> stored = storedHashes(index, List.copyOf(documents.keySet()));
    List<BulkOperation> operations = new ArrayList<>();
    documents.forEach((id, doc) -> {
      if (!doc.get(HASH_FIELD).asString().equals(stored.get(id))) {
        operations.add(BulkOperation.of(b -> b.index(i -> i.index(index.indexName()).id(id).document(doc))));
      }
    });
    if (!operations.isEmpty()) {
      bulk(operations);
    }
    return new Summary(operations.size(), documents.size() - operations.size());
  }

  private Map<String, String> storedHashes(CreditIndices index, List<String> ids) {
    try {
      var response = client.mget(m -> m.index(index.indexName()).ids(ids).sourceIncludes(HASH_FIELD), JsonNode.class);
      Map<String, String> hashes = new HashMap<>();
      for (var item : response.docs()) {
        if (item.isResult() && item.result().found() && item.result().source() != null) {
          JsonNode hash = item.result().source().get(HASH_FIELD);
          if (hash != null) {
            hashes.put(item.result().id(), hash.asString());
          }
        }
      }
      return hashes;
    } catch (IOException e) {
      throw new UncheckedIOException("Elasticsearch mget failed", e);
    }
  }

  private void bulk(List<BulkOperation> operations) {
    try {
      BulkResponse response = client.bulk(b -> b.operations(operations).refresh(Refresh.WaitFor));
      if (response.errors()) {
        var firstError = response.items().stream().filter(i -> i.error() != null).findFirst()
            .map(i -> i.error().type() + " on document " + i.id()).orElse("unknown");
        throw new IllegalStateException("Bulk write partly failed: " + firstError);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Elasticsearch bulk failed", e);
    }
  }
}
