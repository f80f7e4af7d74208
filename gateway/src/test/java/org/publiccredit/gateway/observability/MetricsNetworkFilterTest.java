package org.publiccredit.gateway.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.publiccredit.gateway.error.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

class MetricsNetworkFilterTest {

  private final MetricsNetworkFilter filter = new MetricsNetworkFilter(
      List.of("10.1.0.0/16", "127.0.0.1/32"), new ProblemWriter(JsonMapper.builder().build()));

  @Test
  void servesTheScrapeToTheMetricsNetworks() {
    assertThat(passes("/actuator/prometheus", "10.1.2.3")).isTrue();
    assertThat(passes("/actuator/prometheus", "127.0.0.1")).isTrue();
  }

  @Test
  void refusesTheScrapeFromAnywhereElse() {
    MockServerWebExchange exchange = exchange("/actuator/prometheus", "10.2.0.1");
    AtomicBoolean passed = new AtomicBoolean();
    filter.filter(exchange, e -> Mono.fromRunnable(() -> passed.set(true))).block();

    assertThat(passed).isFalse();
    assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(exchange.getResponse().getBodyAsString().block())
        .contains("\"reason\":\"metrics-forbidden\"");
  }

  @Test
  void leavesOtherPathsAlone() {
    assertThat(passes("/graphql", "192.0.2.1")).isTrue();
  }

  private boolean passes(String path, String address) {
    AtomicBoolean passed = new AtomicBoolean();
    filter.filter(exchange(path, address), e -> Mono.fromRunnable(() -> passed.set(true))).block();
    return passed.get();
  }

  private static MockServerWebExchange exchange(String path, String address) {
    return MockServerWebExchange.from(MockServerHttpRequest.get(path)
        .remoteAddress(new InetSocketAddress(address, 40000)));
  }
}
