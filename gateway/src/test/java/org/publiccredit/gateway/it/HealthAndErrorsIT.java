package org.publiccredit.gateway.it;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.publiccredit.signing.SigningOptions;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The open health probe, the closed rest of the actuator, and problem answers for the rest. */
class HealthAndErrorsIT extends GatewayIntegrationTest {

  @Test
  void healthIsUpWhenRedisAndTheServiceAreUp() {
    client().get().uri("/actuator/health").exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$.status").isEqualTo("UP")
        .jsonPath("$.components").doesNotExist();
  }

  @Test
  void healthIsDownWhenTheServiceIsDown() {
    GraphqlServiceStub.health(503, "DOWN", 0);
    client().get().uri("/actuator/health").exchange()
        .expectStatus().isEqualTo(503)
        .expectBody().jsonPath("$.status").isEqualTo("DOWN");
  }

  @Test
  void readinessFollowsTheServiceButLivenessDoesNot() {
    GraphqlServiceStub.health(503, "DOWN", 0);
    client().get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(503);
    client().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
  }

  @Test
  void healthIsDownWhenTheServiceAnswersTooSlowly() {
    GraphqlServiceStub.health(200, "UP", 3_000);
    client().get().uri("/actuator/health").exchange()
        .expectStatus().isEqualTo(503)
        .expectBody().jsonPath("$.status").isEqualTo("DOWN");
  }

  @Test
  void otherActuatorEndpointsAreNotPublic() {
    assertRefused(client().get().uri("/actuator/env").exchange(), 401, "missing-signature");
    assertRefused(signedGet("/actuator/env"), 404, "not-found");
  }

  @Test
  void anUnsignedRequestToAnUnknownPathIsRefusedFirst() {
    assertRefused(client().get().uri("/nowhere").exchange(), 401, "missing-signature");
  }

  @Test
  void aSignedRequestToAnUnknownPathIsAProblemWithoutInternals() {
    assertRefused(signedGet("/nowhere"), 404, "not-found");
  }

  @Test
  void getOnTheGraphqlPathIsNotAllowed() {
    signedGet("/graphql").expectHeader().valueEquals("Allow", "POST");
    assertRefused(signedGet("/graphql"), 405, "method-not-allowed");
  }

  @Test
  void aServiceThatBreaksTheConnectionIsABadGatewayProblem() {
    GraphqlServiceStub.resetConnections();

    post(sign(signer("demo-bank"), query()), query())
        .expectStatus().isEqualTo(502)
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.reason").isEqualTo("bad-gateway")
        .jsonPath("$.trace").doesNotExist();
  }

  private WebTestClient.ResponseSpec signedGet(String path) {
    Map<String, String> headers = signer("demo-bank").sign("GET",
        URI.create("http://localhost:" + port + path), null,
        SigningOptions.defaults().withComponents(List.of("@method", "@target-uri")));
    return client().get().uri(path).accept(MediaType.ALL)
        .headers(h -> headers.forEach(h::set)).exchange();
  }
}
