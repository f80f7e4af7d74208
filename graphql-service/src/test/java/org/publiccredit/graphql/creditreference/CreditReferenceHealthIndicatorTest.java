package org.publiccredit.graphql.creditreference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.web.client.RestClient;

class CreditReferenceHealthIndicatorTest {

  @Test
  void degradedNotDownWhenNothingListens() throws IOException {
    int port;
    try (var socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    var indicator = new CreditReferenceHealthIndicator(RestClient.builder(),
        new CreditReferenceProperties(URI.create("http://127.0.0.1:" + port), Duration.ofMillis(500), Duration.ofMillis(300), Duration.ofMillis(600), false));

    assertThat(indicator.health().getStatus()).isEqualTo(CreditReferenceHealthIndicator.DEGRADED);
  }

  @Test
  void degradedWithinTheTimeoutWhenTheServiceHangs() throws IOException {
    // Accepts connections but never answers: the read timeout must cut the probe short.
    try (var silent = new ServerSocket(0)) {
      var indicator = new CreditReferenceHealthIndicator(RestClient.builder(),
          new CreditReferenceProperties(URI.create("http://127.0.0.1:" + silent.getLocalPort()), Duration.ofMillis(300), Duration.ofMillis(300), Duration.ofMillis(600), false));
      Instant start = Instant.now();

      assertThat(indicator.health().getStatus()).isEqualTo(CreditReferenceHealthIndicator.DEGRADED);
      assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(3));
    }
  }
}
