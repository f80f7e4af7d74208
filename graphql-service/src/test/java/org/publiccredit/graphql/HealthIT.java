package org.publiccredit.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;

/** Health is UP only with both dependencies up, and each is a health contributor of its own. */
class HealthIT extends ServiceIT {

  @Autowired
  HealthContributorRegistry registry;

  @Test
  void elasticsearchAndCreditReferenceAreBothChecked() {
    assertThat(((HealthIndicator) registry.getContributor("elasticsearch")).health().getStatus()).isEqualTo(Status.UP);
    assertThat(((HealthIndicator) registry.getContributor("creditReference")).health().getStatus()).isEqualTo(Status.UP);
  }

  @Test
  void publicHealthIsUpWithoutDetails() {
    var response = graphQl().get("/actuator/health");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body().get("status").asString()).isEqualTo("UP");
    assertThat(response.body().has("components")).isFalse();
  }
}
