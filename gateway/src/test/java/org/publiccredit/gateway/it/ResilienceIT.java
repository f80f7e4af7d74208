package org.publiccredit.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The circuit breaker and time limit on the route, with short settings: a 1 s limit, opening
 * after 4 calls of which half failed, trial calls after 2 s.
 */
@TestPropertySource(properties = {
    "platform.gateway.routing.resilience.timeout=1s",
    "platform.gateway.routing.resilience.sliding-window-size=4",
    "platform.gateway.routing.resilience.minimum-calls=4",
    "platform.gateway.routing.resilience.wait-in-open=2s",
    "platform.gateway.routing.resilience.half-open-calls=2"})
class ResilienceIT extends GatewayIntegrationTest {

  @Test
  void aSlowServiceIsAnsweredWithinTheTimeLimit() {
    GraphqlServiceStub.answerSlowly(5_000);

    long start = System.nanoTime();
    call(signer("demo-bank"), query())
        .expectStatus().isEqualTo(503)
        .expectHeader().valueEquals("Retry-After", "2")
        .expectBody().jsonPath("$.reason").isEqualTo("service-unavailable");

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_500));
    awaitClosed();
  }

  @Test
  void aFailingServiceOpensTheBreakerWhichRecoversByItself() {
    GraphqlServiceStub.failWith(500);
    // The window holds the last 4 calls: 2 to 4 failures open it, depending on what came before.
    List<Integer> statuses = new ArrayList<>();
    while (statuses.size() < 6 && !statuses.contains(503)) {
      statuses.add(call(signer("demo-bank"), query()).expectBody()
          .jsonPath("$.error").doesNotExist()
          .returnResult().getStatus().value());
    }
    assertThat(statuses).startsWith(502).endsWith(503).containsOnly(502, 503);
    GraphqlServiceStub.server().resetRequests();

    // Open: refused at the gateway, the service is not called.
    call(signer("demo-bank"), query()).expectStatus().isEqualTo(503)
        .expectHeader().valueEquals("Retry-After", "2")
        .expectBody().jsonPath("$.reason").isEqualTo("service-unavailable");
    assertThat(GraphqlServiceStub.graphqlRequests()).isEmpty();

    GraphqlServiceStub.reset();
    awaitClosed();
    call(signer("demo-bank"), query()).expectStatus().isOk();
  }

  /** After the wait, trial calls find the service healthy and the breaker closes. */
  private void awaitClosed() {
    GraphqlServiceStub.reset();
    await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
        call(signer("demo-bank"), query()).expectStatus().isOk());
  }
}
