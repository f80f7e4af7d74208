package org.publiccredit.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.publiccredit.gateway.audit.AuditChainVerifier;
import org.publiccredit.gateway.audit.AuditVerification;
import org.publiccredit.gateway.audit.ChainReport;
import org.publiccredit.localstack.junit.LocalStack;
import org.publiccredit.signing.RequestSigner;
import org.springframework.test.context.TestPropertySource;

/**
 * The audit end to end: calls through the gateway land, hash-chained, in the audit-events index
 * through Redis, across an Elasticsearch and a Redis outage, and the verifier finds tampering.
 * A chain of its own ("audit-it"), so other test classes' outages cannot break it.
 */
@TestPropertySource(properties = "platform.gateway.audit.instance-id=" + AuditIT.CHAIN)
class AuditIT extends GatewayIntegrationTest {

  static final String CHAIN = "audit-it";
  private static final String PERSON_KEY = "a3f1c2" + "0".repeat(58);
  private static final Duration DRAINED = Duration.ofSeconds(30);

  /** Straight to the node, not through the proxy the test cuts. */
  private static final ElasticsearchClient elasticsearch = ElasticsearchClient.of(
      b -> b.host(LocalStack.elasticsearchUri().toString()));

  @AfterAll
  static void closeClient() throws IOException {
    elasticsearch._transport().close();
  }

  @Test
  void anAllowedCallIsAuditedWithTheSubjectsTheServiceReported() {
    GraphqlServiceStub.answerWithHeader("X-Audit-Subjects",
        "91370982MA3C4A1Q19," + PERSON_KEY + ",370982198503120017");

    String requestId = call(signer("demo-bank"),
        graphql("query Lookup { subject(code: \"91370982MA3C4A1Q19\") { name } }"))
        .expectStatus().isOk()
        .expectHeader().doesNotExist("X-Audit-Subjects")
        .returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");

    Map<String, Object> event = awaitEvent(requestId);
    assertThat(event).containsEntry("chain", CHAIN)
        .containsEntry("clientId", "demo-bank").containsEntry("clientType", "BANK")
        .containsEntry("operationName", "Lookup").containsEntry("operationType", "QUERY")
        .containsEntry("rootFields", List.of("subject"))
        // the plain ID number the service should not have sent is not kept
        .containsEntry("subjects", List.of("91370982MA3C4A1Q19", PERSON_KEY))
        .containsEntry("status", 200).containsEntry("problemReason", null)
        .containsKeys("time", "sequence", "previousHash", "hash", "latencyMicros");
    assertThat(((Number) event.get("bytesIn")).longValue()).isPositive();
    assertThat(((Number) event.get("bytesOut")).longValue()).isPositive();
    assertThat(event.toString()).doesNotContain("370982198503120017");
  }

  @Test
  void theDeclaredPurposeAndTheServicesErrorCodesAreAuditedAndNotPassedOn() {
    GraphqlServiceStub.answerWithHeaders("X-Audit-Subjects", "91370982MA3C4A1Q19",
        "X-Audit-Errors", "FORBIDDEN,MAX_DEPTH_EXCEEDED", "X-Audit-Purpose", "LOAN_APPROVAL");

    String requestId = call(signer("demo-bank"),
        graphql("query Check { subject(code: \"91370982MA3C4A1Q19\") { name } }"))
        .expectStatus().isOk()
        .expectHeader().doesNotExist("X-Audit-Purpose")
        .expectHeader().doesNotExist("X-Audit-Errors")
        .returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");

    Map<String, Object> event = awaitEvent(requestId);
    assertThat(event).containsEntry("purpose", "LOAN_APPROVAL")
        .containsEntry("errorCodes", List.of("FORBIDDEN", "MAX_DEPTH_EXCEEDED"));
  }

  @Test
  void aRefusedCallIsAudited() {
    RequestSigner wrongKey =
        RequestSigner.fromKeyFile("demo-bank", TestRegistry.demoKey("demo-portal.key"));
    String requestId = requestId(post(sign(wrongKey, query()), query())
        .expectStatus().isEqualTo(401));

    Map<String, Object> event = awaitEvent(requestId);
    assertThat(event).containsEntry("status", 401)
        .containsEntry("problemReason", "bad-signature")
        .containsEntry("clientId", null).containsEntry("claimedClientId", "demo-bank")
        .containsEntry("operationType", null)
        .containsEntry("subjects", List.of());
  }

  @Test
  void aCallTheServiceFailedIsAudited() {
    GraphqlServiceStub.failWith(503);
    String requestId = requestId(call(signer("demo-tax"), query()).expectStatus().isEqualTo(503));

    Map<String, Object> event = awaitEvent(requestId);
    assertThat(event).containsEntry("status", 503)
        .containsEntry("problemReason", "service-unavailable")
        .containsEntry("clientId", "demo-tax").containsEntry("rootFields", List.of("subject"));
  }

  @Test
  void eventsWaitInRedisWhileElasticsearchIsDownAndArriveAfter() {
    ELASTICSEARCH.stop();
    String requestId;
    try {
      requestId = requestId(call(signer("demo-bank"), query()).expectStatus().isOk());
      await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
          .until(() -> find(requestId) == null);
      // The gateway stays in service: the audit is buffered, not lost.
      client().get().uri("/actuator/health").exchange().expectStatus().isOk();
      assertThat(prometheus()).containsPattern("gateway_audit_drain_lag_events [1-9]");
    } finally {
      ELASTICSEARCH.start();
    }
    assertThat(awaitEvent(requestId)).containsEntry("status", 200);
  }

  @Test
  void eventsWaitInMemoryWhileRedisIsDownAndArriveAfter() throws IOException {
    String before = requestId(call(signer("demo-bank"), query()).expectStatus().isOk());
    awaitEvent(before); // drained, so the (non-persistent) test Redis loses nothing it held

    LocalStack.redis().stop();
    String refused;
    try {
      refused = requestId(post(sign(signer("demo-bank"), query()), query())
          .expectStatus().isEqualTo(503));
      assertThat(prometheus()).containsPattern("gateway_audit_buffered_events [1-9]");
    } finally {
      LocalStack.redis().restart();
      await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(
          () -> client().get().uri("/actuator/health").exchange().expectStatus().isOk());
    }

    assertThat(awaitEvent(refused))
        .containsEntry("problemReason", "replay-protection-unavailable");
    assertThat(verifier().verify(CHAIN).intact()).isTrue();
  }

  @Test
  void concurrentCallsMakeAGaplessChain() throws IOException {
    int calls = 48;
    List<java.util.concurrent.Callable<String>> tasks = java.util.Collections.nCopies(calls,
        () -> requestId(call(signer("demo-portal"), query()).expectStatus().isOk()));
    List<String> ids = new java.util.ArrayList<>();
    try (var threads = java.util.concurrent.Executors.newFixedThreadPool(16)) {
      for (var result : threads.invokeAll(tasks)) {
        ids.add(result.get());
      }
    } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e);
    }

    ids.forEach(this::awaitEvent);
    ChainReport report = verifier().verify(CHAIN);
    assertThat(report.intact()).as(report.describe()).isTrue();
    assertThat(report.events()).isGreaterThanOrEqualTo(calls);
  }

  @Test
  void theVerifierFindsAChangedEventAndADeletedOne() throws IOException {
    for (int i = 0; i < 3; i++) {
      call(signer("demo-bank"), query()).expectStatus().isOk();
    }
    String last = requestId(call(signer("demo-bank"), query()).expectStatus().isOk());
    long sequence = ((Number) awaitEvent(last).get("sequence")).longValue() - 2;
    String id = CHAIN + "-" + sequence;
    Map<String, Object> original = source(id);
    assertThat(verifier().verify(CHAIN).intact()).isTrue();
    try {
      Map<String, Object> tampered = new java.util.HashMap<>(original);
      tampered.put("status", 404);
      put(id, tampered);
      ChainReport changed = verifier().verify(CHAIN);
      assertThat(changed.firstBreak()).isNotNull();
      assertThat(changed.firstBreak().sequence()).isEqualTo(sequence);
      assertThat(changed.firstBreak().failure()).isEqualTo(ChainReport.Failure.HASH_MISMATCH);

      elasticsearch.delete(d -> d.index("audit-events").id(id));
      ChainReport deleted = verifier().verify(CHAIN);
      assertThat(deleted.firstBreak()).isNotNull();
      assertThat(deleted.firstBreak().sequence()).isEqualTo(sequence);
      assertThat(deleted.firstBreak().failure()).as(deleted.describe())
          .isEqualTo(ChainReport.Failure.GAP);
    } finally {
      put(id, original);
    }
    assertThat(verifier().verify(CHAIN).intact()).isTrue();
  }

  @Test
  void theVerifyCommandReportsEachChain() {
    String last = requestId(call(signer("demo-bank"), query()).expectStatus().isOk());
    awaitEvent(last);
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    java.io.PrintStream out = System.out;
    int status;
    System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      status = AuditVerification.run(new String[] {"--platform.audit.verify=true",
          "--spring.main.web-application-type=none",
          "--spring.elasticsearch.uris=" + LocalStack.elasticsearchUri()});
    } finally {
      System.setOut(out);
    }

    String report = printed.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(report).containsPattern("chain " + CHAIN + ": \\d+ events, OK");
    // Other test classes' chains may hold gaps of their own (their Redis restarts lose events).
    assertThat(status).isEqualTo(report.contains("BROKEN") ? 1 : 0);
  }

  private AuditChainVerifier verifier() {
    return new AuditChainVerifier(elasticsearch);
  }

  private static String requestId(org.springframework.test.web.reactive.server.WebTestClient
      .ResponseSpec response) {
    return Objects.requireNonNull(response.returnResult(String.class).getResponseHeaders()
        .getFirst("X-Request-Id"));
  }

  private String prometheus() {
    return client().get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
        .returnResult(String.class).getResponseBody().collectList().block().stream()
        .reduce("", String::concat);
  }

  private Map<String, Object> awaitEvent(String requestId) {
    return await().atMost(DRAINED).pollInterval(Duration.ofMillis(200))
        .until(() -> find(requestId), Objects::nonNull);
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private Map<String, Object> find(String requestId) {
    try {
      elasticsearch.indices().refresh(r -> r.index("audit-events"));
      SearchResponse<Map> response = elasticsearch.search(s -> s.index("audit-events")
          .query(q -> q.term(t -> t.field("requestId").value(requestId))), Map.class);
      List<Hit<Map>> hits = response.hits().hits();
      return hits.isEmpty() ? null : hits.getFirst().source();
    } catch (IOException | RuntimeException e) {
      return null; // not there yet, or the index not yet created
    }
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private Map<String, Object> source(String id) throws IOException {
    Map source = elasticsearch.get(g -> g.index("audit-events").id(id), Map.class).source();
    return Objects.requireNonNull(source);
  }

  private void put(String id, Map<String, Object> document) {
    try {
      elasticsearch.index(i -> i.index("audit-events").id(id).document(document));
      elasticsearch.indices().refresh(r -> r.index("audit-events"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
