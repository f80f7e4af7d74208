package org.publiccredit.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.publiccredit.gateway.GatewayApplication;
import org.publiccredit.localstack.junit.LocalStack;
import org.publiccredit.signing.RequestSigner;
import org.publiccredit.signing.SigningOptions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway on a random port against the local stack's real Redis and a WireMock GraphQL
 * service. Every subclass shares one Spring context (same configuration, so Spring caches it).
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
        "platform.gateway.max-body-size=64KB",
        "platform.gateway.routing.health-timeout=1s",
        "platform.gateway.clients-reload-interval=300ms",
        "platform.gateway.audit.instance-id=it-gateway",
        "platform.gateway.audit.drain-interval=200ms",
        "platform.gateway.audit.retry-delay=200ms",
        "PLATFORM_OPERATION_COSTS=../config/gateway/operation-costs.yml"})
abstract class GatewayIntegrationTest {

  static final String QUERY =
      "{\"query\":\"{ subject(code: \\\"91370982MA3C4A1Q19\\\") { name } }\"}";

  /** Elasticsearch as the gateway's audit drainer reaches it: a test can cut it off. */
  static final TcpProxy ELASTICSEARCH = TcpProxy.to(LocalStack.elasticsearchUri());

  @LocalServerPort
  int port;

  @DynamicPropertySource
  static void stack(DynamicPropertyRegistry registry) {
    registry.add("spring.data.redis.host", () -> "127.0.0.1");
    registry.add("spring.data.redis.port", LocalStack::redisPort);
    registry.add("platform.gateway.clients-location", () -> "file:" + TestRegistry.file());
    registry.add("platform.gateway.identity-token.key",
        () -> "file:" + TestRegistry.demoKey("gateway-token.key"));
    registry.add("platform.gateway.routing.graphql-service-uri", GraphqlServiceStub::baseUrl);
    registry.add("spring.elasticsearch.uris", () -> ELASTICSEARCH.uri().toString());
  }

  @BeforeEach
  void resetService() {
    GraphqlServiceStub.reset();
  }

  WebTestClient client() {
    return WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
        .responseTimeout(Duration.ofSeconds(20)).build();
  }

  URI graphqlUri() {
    return URI.create("http://localhost:" + port + "/graphql");
  }

  static RequestSigner signer(String clientId) {
    return RequestSigner.fromKeyFile(clientId, TestRegistry.demoKey(clientId + ".key"));
  }

  /** A test client of {@link TestRegistry}; they all sign with the demo portal's key. */
  static RequestSigner testClient(String clientId) {
    return RequestSigner.fromKeyFile(clientId, TestRegistry.demoKey("demo-portal.key"));
  }

  /** A GraphQL-over-HTTP body holding the query. */
  static byte[] graphql(String query) {
    return ("{\"query\":\"" + query.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A signed POST of the body. */
  WebTestClient.ResponseSpec call(RequestSigner signer, byte[] body) {
    return post(sign(signer, body), body);
  }

  Map<String, String> sign(RequestSigner signer, byte[] body) {
    return signer.sign("POST", graphqlUri(), body);
  }

  Map<String, String> sign(RequestSigner signer, byte[] body, SigningOptions options) {
    return signer.sign("POST", graphqlUri(), body, options);
  }

  WebTestClient.ResponseSpec post(Map<String, String> headers, byte[] body) {
    return client().post().uri("/graphql")
        .contentType(MediaType.APPLICATION_JSON)
        .headers(h -> headers.forEach(h::set))
        .bodyValue(body)
        .exchange();
  }

  static byte[] query() {
    return QUERY.getBytes(StandardCharsets.UTF_8);
  }

  /** A refusal: problem+json with the reason and its type, and nothing reached the service. */
  static void assertRefused(WebTestClient.ResponseSpec response, int status, String reason) {
    response.expectStatus().isEqualTo(status)
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader().exists("X-Request-Id")
        .expectBody()
        .jsonPath("$.reason").isEqualTo(reason)
        .jsonPath("$.type").isEqualTo("urn:publiccredit:problem:" + reason)
        .jsonPath("$.status").isEqualTo(status)
        .jsonPath("$.title").isNotEmpty()
        .jsonPath("$.trace").doesNotExist();
    assertThat(GraphqlServiceStub.graphqlRequests()).as("requests forwarded").isEmpty();
  }
}
