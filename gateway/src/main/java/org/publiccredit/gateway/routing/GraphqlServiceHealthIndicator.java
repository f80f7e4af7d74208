package org.publiccredit.gateway.routing;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * The gateway is only as healthy as the service behind it: UP when the GraphQL service's own
 * health says UP within the timeout, DOWN otherwise (unreachable, slow, or DOWN itself).
 */
final class GraphqlServiceHealthIndicator implements ReactiveHealthIndicator {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT =
      new ParameterizedTypeReference<>() {};

  private final WebClient client;
  private final Duration timeout;

  GraphqlServiceHealthIndicator(WebClient client, Duration timeout) {
    this.client = client;
    this.timeout = timeout;
  }

  @Override
  public Mono<Health> health() {
    return client.get().uri("/actuator/health")
        .exchangeToMono(response -> response.bodyToMono(JSON_OBJECT)
            .defaultIfEmpty(Map.of())
            .map(body -> response.statusCode().is2xxSuccessful() && "UP".equals(body.get("status"))
                ? Health.up().build()
                : Health.down().withDetail("httpStatus", response.statusCode().value()).build()))
        .timeout(timeout)
        .onErrorResume(e -> Mono.just(Health.down().withDetail("error", e.getClass().getName())
            .build()));
  }
}
