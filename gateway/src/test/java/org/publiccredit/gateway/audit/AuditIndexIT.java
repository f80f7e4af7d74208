package org.publiccredit.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.publiccredit.localstack.junit.LocalStack;

/**
 * An index made by the first audit template, against the real node: the gateway of the second
 * template starts draining into it (Elasticsearch refuses to change whether a field is indexed in
 * place, so putting the whole new mapping would fail and pause the drain for good).
 */
class AuditIndexIT {

  private static final String INDEX = "audit-events-v1-it";
  /** The v1 template's settings and mapping, less the fields added since (purpose, droppedBefore). */
  private static final String V1 = """
      {"settings": {"number_of_shards": 1, "refresh_interval": "1s"},
       "mappings": {"dynamic": "strict", "properties": {
         "chain": {"type": "keyword"}, "sequence": {"type": "long"},
         "previousHash": {"type": "keyword", "index": false}, "hash": {"type": "keyword"},
         "time": {"type": "date", "format": "strict_date_time"}, "requestId": {"type": "keyword"},
         "clientId": {"type": "keyword"}, "clientType": {"type": "keyword"},
         "claimedClientId": {"type": "keyword"}, "operationName": {"type": "keyword"},
         "operationType": {"type": "keyword"}, "rootFields": {"type": "keyword"},
         "subjects": {"type": "keyword"}, "status": {"type": "integer"},
         "problemReason": {"type": "keyword"}, "errorCodes": {"type": "keyword"},
         "latencyMicros": {"type": "long"}, "bytesIn": {"type": "long"},
         "bytesOut": {"type": "long"}}}}
      """;

  private static final ElasticsearchClient client = ElasticsearchClient.of(
      b -> b.host(LocalStack.elasticsearchUri().toString()));

  @AfterAll
  static void close() throws IOException {
    client.indices().delete(d -> d.index(INDEX).ignoreUnavailable(true));
    client._transport().close();
  }

  @Test
  void anIndexOfTheFirstTemplateGetsTheNewFieldsAndRefreshAndKeepsItsOwnMappings()
      throws IOException {
    client.indices().delete(d -> d.index(INDEX).ignoreUnavailable(true));
    client.indices().create(c -> c.index(INDEX)
        .withJson(new ByteArrayInputStream(V1.getBytes(StandardCharsets.UTF_8))));

    new AuditIndex(client).prepareIndex(INDEX, AuditIndex.template());

    Map<String, Property> fields = client.indices().getMapping(g -> g.index(INDEX)).get(INDEX)
        .mappings().properties();
    assertThat(fields).containsKeys("purpose", "droppedBefore");
    assertThat(fields.get("hash").keyword().index()).isNotEqualTo(Boolean.FALSE);
    assertThat(client.indices().getSettings(g -> g.index(INDEX)).get(INDEX).settings().index()
        .refreshInterval().time()).isEqualTo("5s");
    // A v2 event, purpose included, goes into the strict index.
    client.index(i -> i.index(INDEX).id("c-1").document(Map.of("chain", "c", "sequence", 1,
        "hash", "ab", "purpose", "LOAN_APPROVAL", "droppedBefore", 0)));
  }
}
