package org.publiccredit.graphql.creditreference;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Health of the credit reference service, for information: UP when its health endpoint answers
 * 2xx within the timeout, else {@link #DEGRADED}, never DOWN. Without the remote a dual-check still
 * answers (degraded, public side only) and every other operation is unaffected, so an unreachable
 * remote must not make this service unready or restarted, nor take the gateway's readiness (which
 * asks this service's health) with it. {@code management.endpoint.health.status.order} ranks
 * DEGRADED below UP, so the aggregate stays UP while this component says what is wrong.
 */
@Component("creditReference")
@EnableConfigurationProperties(CreditReferenceProperties.class)
class CreditReferenceHealthIndicator implements HealthIndicator {

  /** The remote is unreachable: dual-checks answer degraded; see application.yml for its rank. */
  static final Status DEGRADED = new Status("DEGRADED", "Dual-checks answer without the credit reference report");

  private static final String HEALTH_PATH = "/credit-reference/v2/health";

  private final RestClient client;

  CreditReferenceHealthIndicator(RestClient.Builder builder, CreditReferenceProperties properties) {
    var settings = HttpClientSettings.defaults().withTimeouts(properties.healthTimeout(), properties.healthTimeout());
    this.client = builder.clone()
        .baseUrl(properties.baseUrl())
        .requestFactory(ClientHttpRequestFactoryBuilder.jdk().build(settings))
        .build();
  }

  @Override
  public Health health() {
    try {
      var response = client.get().uri(HEALTH_PATH).retrieve().toBodilessEntity();
      return Health.up().withDetail("status", response.getStatusCode().value()).build();
    } catch (RestClientException e) {
      // The exception's message may hold the URL; the endpoint shows no details to anonymous callers.
      return Health.status(DEGRADED).withDetail("error", e.getClass().getSimpleName()).build();
    }
  }
}
