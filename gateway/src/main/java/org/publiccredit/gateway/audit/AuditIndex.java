package org.publiccredit.gateway.audit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.publiccredit.gateway.audit.AuditChain.ChainHead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The {@code audit-events} index: its template (from schema/), and bulk writes that never overwrite. */
final class AuditIndex {

  static final String NAME = "audit-events";
  private static final Logger log = LoggerFactory.getLogger(AuditIndex.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String TEMPLATE = "elasticsearch/audit-events.template.json";

  /** How Elasticsearch took one event. */
  enum Outcome {
    /** Stored, or already stored with the same hash (drained twice). */
    STORED,
    /** Not now (overloaded, unavailable): try again later. */
    RETRY,
    /** Never: a document that does not fit the mapping, or a different event under its id. */
    REJECTED
  }

  private final ElasticsearchClient client;

  AuditIndex(ElasticsearchClient client) {
    this.client = client;
  }

  ElasticsearchClient client() {
    return client;
  }

  /**
   * Puts the template and creates the index from it. An index created by an older template gets
   * the fields added since (a strict mapping would refuse new members otherwise) and the
   * template's refresh interval; a field it already has keeps its mapping (Elasticsearch cannot
   * change whether a field is indexed or has doc values in place, so such a change of the template
   * applies from the next index on).
   */
  void prepare() throws IOException {
    byte[] template = template();
    client.indices().putIndexTemplate(t -> t.name(NAME + "-template")
        .withJson(new ByteArrayInputStream(template)));
    prepareIndex(NAME, template);
  }

  /** Creates {@code index} from the template, or brings an existing one up to it. */
  void prepareIndex(String index, byte[] template) throws IOException {
    if (!client.indices().exists(e -> e.index(index)).value()) {
      try {
        client.indices().create(c -> c.index(index));
        return;
      } catch (ElasticsearchException e) {
        if (!"resource_already_exists_exception".equals(e.error().type())) {
          throw e;
        }
      }
    }
    JsonNode templateJson = JSON.readTree(template).path("template");
    Set<String> existing = client.indices().getMapping(g -> g.index(index)).mappings().values()
        .stream().flatMap(record -> record.mappings().properties().keySet().stream())
        .collect(Collectors.toSet());
    byte[] added = JSON.writeValueAsBytes(missingProperties(templateJson.path("mappings"), existing));
    client.indices().putMapping(m -> m.index(index).withJson(new ByteArrayInputStream(added)));
    String refresh = templateJson.path("settings").path("refresh_interval").asString(null);
    if (refresh != null) {
      client.indices().putSettings(s -> s.index(index)
          .settings(i -> i.refreshInterval(r -> r.time(refresh))));
    }
  }

  /** The template's mappings with only the properties an existing index does not have yet. */
  static ObjectNode missingProperties(JsonNode mappings, Set<String> existing) {
    ObjectNode properties = JSON.createObjectNode();
    mappings.path("properties").properties().forEach(field -> {
      if (!existing.contains(field.getKey())) {
        properties.set(field.getKey(), field.getValue());
      }
    });
    ObjectNode result = JSON.createObjectNode();
    result.set("properties", properties);
    return result;
  }

  /**
   * Creates each document under its id ({@code <chain>-<sequence>}); an id already taken is
   * fine only if it holds the same event (same hash), so a re-drain is idempotent and a chain
   * restarted by mistake can never overwrite the trail. Outcomes in the order given.
   */
  List<Outcome> create(List<String> ids, List<Map<String, Object>> documents) throws IOException {
    List<BulkOperation> operations = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      Map<String, Object> document = documents.get(i);
      operations.add(BulkOperation.of(o -> o.create(c -> c.index(NAME).id(id)
          .document(document))));
    }
    BulkResponse response = client.bulk(b -> b.operations(operations));
    List<Outcome> outcomes = new ArrayList<>(ids.size());
    Map<Integer, String> conflicts = new HashMap<>();
    for (int i = 0; i < response.items().size(); i++) {
      BulkResponseItem item = response.items().get(i);
      if (item.error() == null) {
        outcomes.add(Outcome.STORED);
      } else if (item.status() == 409) {
        outcomes.add(Outcome.REJECTED);
        conflicts.put(i, ids.get(i));
      } else if (item.status() == 429 || item.status() >= 500) {
        outcomes.add(Outcome.RETRY);
      } else {
        outcomes.add(Outcome.REJECTED);
      }
    }
    if (!conflicts.isEmpty()) {
      Map<String, String> stored = storedHashes(List.copyOf(conflicts.values()));
      conflicts.forEach((i, id) -> {
        if (documents.get(i).get("hash").equals(stored.get(id))) {
          outcomes.set(i, Outcome.STORED);
        }
      });
    }
    return outcomes;
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private Map<String, String> storedHashes(List<String> ids) throws IOException {
    MgetResponse<Map> response = client.mget(m -> m.index(NAME).ids(ids), Map.class);
    Map<String, String> hashes = new HashMap<>();
    for (MultiGetResponseItem<Map> item : response.docs()) {
      if (item.isResult() && item.result().found() && item.result().source() != null) {
        Object hash = item.result().source().get("hash");
        if (hash instanceof String text) {
          hashes.put(item.result().id(), text);
        }
      }
    }
    return hashes;
  }

  /**
   * Where a chain ends in the index; {@link ChainHead#EMPTY} when it holds none of it or cannot
   * be asked (then a restarted chain's first ids collide with stored ones, and the drainer sets
   * those events aside rather than overwrite anything).
   */
  @SuppressWarnings({"rawtypes", "unchecked"})
  ChainHead lastStored(String chain) {
    try {
      if (!client.indices().exists(e -> e.index(NAME)).value()) {
        return ChainHead.EMPTY;
      }
      SearchResponse<Map> last = client.search(s -> s.index(NAME).size(1)
          .query(q -> q.term(t -> t.field("chain").value(chain)))
          .sort(o -> o.field(f -> f.field("sequence").order(SortOrder.Desc))), Map.class);
      if (last.hits().hits().isEmpty() || last.hits().hits().getFirst().source() == null) {
        return ChainHead.EMPTY;
      }
      AuditEvent event = AuditEvent.fromDocument(last.hits().hits().getFirst().source());
      return new ChainHead(event.sequence(), event.hash());
    } catch (IOException | RuntimeException e) {
      log.warn("Cannot ask the audit index where chain {} ends ({}); starting it from Redis' "
          + "(empty) head", chain, e.toString());
      return ChainHead.EMPTY;
    }
  }

  static byte[] template() {
    try (InputStream json = new ClassPathResource(TEMPLATE).getInputStream()) {
      return json.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Index template missing from the classpath: " + TEMPLATE, e);
    }
  }
}
