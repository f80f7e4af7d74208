package org.publiccredit.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class AuditIndexTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static JsonNode template() throws IOException {
    try (InputStream in = new ClassPathResource("elasticsearch/audit-events.template.json")
        .getInputStream()) {
      return JSON.readTree(in).path("template");
    }
  }

  @Test
  void anExistingIndexIsGivenOnlyTheFieldsItLacks() throws IOException {
    // An index made from the first template: every field but droppedBefore and purpose, with the
    // hashes indexed. Putting its fields again with other index/doc_values settings would fail.
    Set<String> existing = Set.of("chain", "sequence", "previousHash", "hash", "time", "requestId",
        "clientId", "clientType", "claimedClientId", "operationName", "operationType", "rootFields",
        "subjects", "status", "problemReason", "errorCodes", "latencyMicros", "bytesIn",
        "bytesOut");

    ObjectNode added = AuditIndex.missingProperties(template().path("mappings"), existing);

    assertThat(added.path("properties").propertyNames())
        .containsExactlyInAnyOrder("purpose", "droppedBefore");
    assertThat(added.path("properties").path("droppedBefore").path("type").asString())
        .isEqualTo("long");
  }

  @Test
  void anIndexWithEveryFieldIsGivenNone() throws IOException {
    JsonNode mappings = template().path("mappings");
    Set<String> all = Set.copyOf(mappings.path("properties").propertyNames());

    assertThat(AuditIndex.missingProperties(mappings, all).path("properties").isEmpty()).isTrue();
  }

  @Test
  void onlyWhatTheAuditSearchUsesIsIndexed() throws IOException {
    JsonNode properties = template().path("mappings").path("properties");

    // Searched, filtered or sorted on by the admin search, the inquiry list and the chain check.
    for (String searched : new String[] {"chain", "sequence", "time", "requestId", "clientId",
        "subjects", "operationName", "rootFields", "status"}) {
      assertThat(properties.path(searched).path("index").asBoolean(true)).as(searched).isTrue();
    }
    // Read back from _source only: a unique 64-character string per event costs the most to index.
    for (String sourceOnly : new String[] {"hash", "previousHash"}) {
      assertThat(properties.path(sourceOnly).path("index").asBoolean(true)).as(sourceOnly).isFalse();
      assertThat(properties.path(sourceOnly).path("doc_values").asBoolean(true)).as(sourceOnly)
          .isFalse();
    }
  }
}
