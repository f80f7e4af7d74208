package org.publiccredit.gateway.it;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.publiccredit.localstack.junit.LocalStack;

/** Without Redis no nonce can be checked: the gateway refuses (503) rather than risk a replay. */
class RedisOutageIT extends GatewayIntegrationTest {

  @Test
  void failsClosedWhileRedisIsDownAndRecoversAfter() {
    post(sign(signer("demo-bank"), query()), query()).expectStatus().isOk();
    GraphqlServiceStub.server().resetRequests();

    LocalStack.redis().stop();
    try {
      assertRefused(post(sign(signer("demo-bank"), query()), query()), 503,
          "replay-protection-unavailable");
      client().get().uri("/actuator/health").exchange()
          .expectStatus().isEqualTo(503)
          .expectBody().jsonPath("$.status").isEqualTo("DOWN");
    } finally {
      LocalStack.redis().restart();
    }

    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
        client().get().uri("/actuator/health").exchange().expectStatus().isOk());
    post(sign(signer("demo-tax"), query()), query()).expectStatus().isOk();
  }

  @Test
  void aRequestRefusedBeforeTheRateLimiterFailsClosedToo() {
    // Its nonce would be claimed alone before the 400 (decision 64): without Redis, 503.
    byte[] batched = "[{\"query\":\"{ a }\"}]".getBytes(StandardCharsets.UTF_8);
    LocalStack.redis().stop();
    try {
      assertRefused(post(sign(signer("demo-bank"), batched), batched), 503,
          "replay-protection-unavailable");
    } finally {
      LocalStack.redis().restart();
    }

    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
        client().get().uri("/actuator/health").exchange().expectStatus().isOk());
  }
}
