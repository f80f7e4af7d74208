package org.publiccredit.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.publiccredit.graphql.identity.CodeParse;
import org.publiccredit.graphql.identity.ResidentIdNumber;
import org.publiccredit.graphql.identity.SubjectCodes;
import org.publiccredit.graphql.pii.IdNumberProtector;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** auditEvents and creditInquiries over the audit-events index of the real node, as the gateway writes it. */
class AuditSearchIT extends ServiceIT {

  private static final String COMPANY = "91370982MA3C4A1Q19";
  private static final String PERSON = "370982198503120017";
  private static final String OTHER_COMPANY = "91370900MA3B0K2XXH";
  private static final String ADMIN = "subject:read audit:read";
  private static final String PORTAL = "disclosure:read inquiry:read-own report:verify";

  private static final String EVENTS = """
      query($filter: AuditEventFilter, $first: Int, $after: String) {
        auditEvents(filter: $filter, first: $first, after: $after) {
          edges { cursor node { chain sequence time clientId clientType operationName rootFields subjects purpose status errorCodes } }
          pageInfo { hasNextPage hasPreviousPage endCursor }
        }
      }""";

  private static final String INQUIRIES = """
      query($code: ID!, $first: Int) {
        creditInquiries(subjectCode: $code, first: $first) {
          edges { node { clientName clientType time purpose operation } }
          pageInfo { hasNextPage }
        }
      }""";

  @Autowired
  ElasticsearchClient client;

  @Autowired
  IdNumberProtector protector;

  /**
   * This run's chain and hours, unique, so that events other tests (or earlier runs) left in the
   * index never show in the results: every query is bounded to this run's hours.
   */
  private static final String RUN = "t" + UUID.randomUUID().toString().substring(0, 8);
  private static final Instant BASE = Instant.parse("2100-01-01T00:00:00Z")
      .plusSeconds(3600L * new java.util.Random().nextInt(1_000_000));
  private static boolean indexed;
  private String personKey;

  @BeforeEach
  void events() throws IOException {
    personKey = protector.lookupKey((ResidentIdNumber) ((CodeParse.Parsed) SubjectCodes.withSystemClock().parse(PERSON)).code());
    try (InputStream template = getClass().getResourceAsStream("/elasticsearch/audit-events.template.json")) {
      byte[] json = template.readAllBytes();
      client.indices().putIndexTemplate(t -> t.name("audit-events-template").withJson(new ByteArrayInputStream(json)));
    }
    if (indexed) {
      return;
    }
    if (!client.indices().exists(e -> e.index("audit-events")).value()) {
      client.indices().create(c -> c.index("audit-events"));
    }
    // demo-bank looks up the person twice (dual-check with a purpose) and the company; a portal reads the list.
    index(1, hour(1), "demo-bank", "BANK", "Lookup", List.of("subject"), List.of(COMPANY), null, 200, List.of());
    index(2, hour(2), "demo-bank", "BANK", "Check", List.of("dualCheck"), List.of(personKey, OTHER_COMPANY),
        "LOAN_APPROVAL", 200, List.of());
    index(3, hour(3), "demo-dept", "DEPARTMENT", null, List.of("subject"), List.of(personKey), null, 200, List.of());
    index(4, hour(4), "demo-portal", "PORTAL", null, List.of("subject"), List.of(), null, 200, List.of("FORBIDDEN"));
    index(5, hour(5), "demo-portal", "PORTAL", null, List.of("creditInquiries"), List.of(personKey), null, 200, List.of());
    index(6, hour(6), "demo-bank", "BANK", null, List.of("subject"), List.of(personKey), null, 429, List.of());
    client.indices().refresh(r -> r.index("audit-events"));
    indexed = true;
  }

  @Test
  void anAdministratorPagesThroughAClientsEventsNewestFirst() {
    JsonNode first = events(Map.of("clientId", "demo-bank"), 2, null);
    assertThat(sequences(first)).containsExactly(6L, 2L);
    assertThat(first.at("/pageInfo/hasNextPage").asBoolean()).isTrue();
    assertThat(first.at("/pageInfo/hasPreviousPage").asBoolean()).isFalse();

    JsonNode second = events(Map.of("clientId", "demo-bank"), 2, first.at("/pageInfo/endCursor").asString());
    assertThat(sequences(second)).containsExactly(1L);
    assertThat(second.at("/pageInfo/hasNextPage").asBoolean()).isFalse();
    assertThat(second.at("/pageInfo/hasPreviousPage").asBoolean()).isTrue();
  }

  @Test
  void theSubjectFilterTakesAnIdNumberACodeOrTheStoredKey() {
    assertThat(sequences(events(Map.of("subject", PERSON), 20, null))).containsExactly(6L, 5L, 3L, 2L);
    assertThat(sequences(events(Map.of("subject", personKey), 20, null))).containsExactly(6L, 5L, 3L, 2L);
    assertThat(sequences(events(Map.of("subject", COMPANY), 20, null))).containsExactly(1L);
    JsonNode node = events(Map.of("subject", PERSON), 20, null).at("/edges/3/node");
    assertThat(node.at("/purpose").asString()).isEqualTo("LOAN_APPROVAL");
    assertThat(node.toString()).doesNotContain(PERSON);
  }

  @Test
  void operationAndTimeFiltersCombine() {
    assertThat(sequences(events(Map.of("operation", "dualCheck"), 20, null))).containsExactly(2L);
    assertThat(sequences(events(Map.of("operation", "Lookup"), 20, null))).containsExactly(1L);
    assertThat(sequences(events(Map.of("operation", "subject", "from", hour(3), "to", hour(5)),
        20, null))).containsExactly(4L, 3L);
    JsonNode forbidden = events(Map.of("clientId", "demo-portal", "operation", "subject"), 20, null);
    assertThat(forbidden.at("/edges/0/node/errorCodes/0").asString()).isEqualTo("FORBIDDEN");
  }

  @Test
  void aBadInstantIsABadRequestNamingTheArgument() {
    var body = graphQl().post(EVENTS, Map.of("filter", Map.of("from", "yesterday")), TestTokens.gateway(ADMIN)).body();
    assertThat(body.at("/errors/0/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
    assertThat(body.at("/errors/0/extensions/argument").asString()).isEqualTo("filter.from");
  }

  @Test
  void onlyAuditReadersSearchTheAudit() {
    var body = graphQl().post(EVENTS, Map.of(), TestTokens.gateway("subject:read pii:read")).body();
    assertThat(body.at("/errors/0/extensions/classification").asString()).isEqualTo("FORBIDDEN");
    assertThat(body.at("/errors/0/extensions/scope").asString()).isEqualTo("audit:read");
  }

  @Test
  void aSubjectsChannelSeesWhoQueriedItAndNothingElse() {
    var response = graphQl().post(INQUIRIES, Map.of("code", PERSON, "first", 20),
        TestTokens.of("demo-portal", "PORTAL", "52370982MJD1735A4J", PORTAL));
    JsonNode body = response.body();
    assertThat(body.has("errors")).as(body.toString()).isFalse();
    List<JsonNode> inquiries = new ArrayList<>();
    body.at("/data/creditInquiries/edges").forEach(e -> inquiries.add(e.get("node")));
    List<JsonNode> ours = inquiries.stream().filter(n -> n.get("time").asString().compareTo(hour(1)) >= 0
        && n.get("time").asString().compareTo(hour(7)) < 0).toList();
    // Answered calls only (not the 429), and not the channel reading this list.
    assertThat(ours).extracting(n -> n.get("operation").asString()).containsExactly("subject", "dualCheck");
    assertThat(ours.get(0).get("clientName").asString()).isEqualTo("示范市市场监督管理局 (demo market regulation department)");
    assertThat(ours.get(0).get("clientType").asString()).isEqualTo("DEPARTMENT");
    assertThat(ours.get(1).get("clientName").asString()).isEqualTo("示范农商银行 (demo bank)");
    assertThat(ours.get(1).get("purpose").asString()).isEqualTo("LOAN_APPROVAL");
    assertThat(body.toString()).doesNotContain(OTHER_COMPANY).doesNotContain(personKey).doesNotContain(PERSON);
    assertThat(response.header("X-Audit-Subjects")).isEqualTo(personKey);
  }

  @Test
  void onlyAChannelWithTheScopeSeesInquiries() {
    var body = graphQl().post(INQUIRIES, Map.of("code", PERSON), TestTokens.gateway("subject:read pii:read")).body();
    assertThat(body.at("/errors/0/extensions/scope").asString()).isEqualTo("inquiry:read-own");
  }

  @Test
  void aWrongSubjectCodeIsABadRequest() {
    var body = graphQl().post(INQUIRIES, Map.of("code", "370982198503120018"),
        TestTokens.of("demo-portal", "PORTAL", "52370982MJD1735A4J", PORTAL)).body();
    assertThat(body.at("/errors/0/extensions/argument").asString()).isEqualTo("subjectCode");
    assertThat(body.toString()).doesNotContain("370982198503120018");
  }

  private JsonNode events(Map<String, Object> filter, int first, @Nullable String after) {
    Map<String, Object> scoped = new HashMap<>(filter);
    scoped.putIfAbsent("from", hour(0));
    scoped.putIfAbsent("to", hour(7));
    Map<String, Object> variables = new HashMap<>(Map.of("filter", scoped, "first", first));
    if (after != null) {
      variables.put("after", after);
    }
    JsonNode body = graphQl().post(EVENTS, variables, TestTokens.gateway(ADMIN)).body();
    assertThat(body.has("errors")).as(body.toString()).isFalse();
    JsonNode connection = body.at("/data/auditEvents");
    // Other tests write into the same index: keep this run's chain only.
    var mine = jsonMapper.createArrayNode();
    connection.get("edges").forEach(e -> {
      if (e.at("/node/chain").asString().equals(RUN)) {
        mine.add(e);
      }
    });
    var result = jsonMapper.createObjectNode();
    result.set("edges", mine);
    result.set("pageInfo", connection.get("pageInfo"));
    return result;
  }

  private static List<Long> sequences(JsonNode connection) {
    List<Long> sequences = new ArrayList<>();
    connection.get("edges").forEach(e -> sequences.add(e.at("/node/sequence").asLong()));
    return sequences;
  }

  private void index(long sequence, String time, String clientId, String clientType, @Nullable String operationName,
      List<String> rootFields, List<String> subjects, @Nullable String purpose, int status, List<String> errorCodes)
      throws IOException {
    Map<String, Object> doc = new HashMap<>();
    doc.put("chain", RUN);
    doc.put("sequence", sequence);
    doc.put("previousHash", "0".repeat(64));
    doc.put("hash", "f".repeat(64));
    doc.put("time", time);
    doc.put("requestId", RUN + "-" + sequence);
    doc.put("clientId", clientId);
    doc.put("clientType", clientType);
    doc.put("claimedClientId", clientId);
    doc.put("operationName", operationName);
    doc.put("operationType", "QUERY");
    doc.put("rootFields", rootFields);
    doc.put("subjects", subjects);
    doc.put("purpose", purpose);
    doc.put("status", status);
    doc.put("errorCodes", errorCodes);
    doc.put("latencyMicros", 1000);
    doc.put("bytesIn", 60);
    doc.put("bytesOut", 40);
    doc.put("droppedBefore", 0);
    client.index(i -> i.index("audit-events").id(RUN + "-" + sequence).document(doc).refresh(Refresh.False));
  }

  /** The run's hour n, as the gateway writes times. */
  static String hour(int n) {
    return java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
        .withZone(java.time.ZoneOffset.UTC).format(BASE.plusSeconds(3600L * n));
  }
}
