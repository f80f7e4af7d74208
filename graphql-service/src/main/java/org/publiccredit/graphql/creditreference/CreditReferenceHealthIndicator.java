package org.publiccredit.graphql.creditreference;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Health of the credit reference service: UP only when its health endpoint answers 2xx within the
 * timeout. Dual checks cannot work without it, so the service reports DOWN rather than half-up.
 */
@Component("creditReference")
@EnableConfigurationProperties(CreditReferenceProperties.class)
class CreditReferenceHealthIndicator implements HealthIndicator {

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
      return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
    }
  }
}
