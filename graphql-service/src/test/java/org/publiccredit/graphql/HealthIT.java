package org.publiccredit.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.registry.HealthContributorRegistry;

/**
 * Both dependencies are health contributors of their own; Elasticsearch decides readiness, the
 * credit reference service is informative (DEGRADED when unreachable, the service stays UP).
 */
class HealthIT extends ServiceIT {

  @Autowired
  HealthContributorRegistry registry;

  @Test
  void elasticsearchAndCreditReferenceAreBothChecked() {
    assertThat(((HealthIndicator) registry.getContributor("elasticsearch")).health().getStatus()).isEqualTo(Status.UP);
    assertThat(((HealthIndicator) registry.getContributor("creditReference")).health().getStatus()).isEqualTo(Status.UP);
  }

  @Autowired
  HealthEndpointGroups groups;

  @Test
  void anUnreachableCreditReferenceServiceLeavesTheServiceUpAndReady() {
    Status degraded = new Status("DEGRADED");
    assertThat(groups.getPrimary().getStatusAggregator().getAggregateStatus(Status.UP, degraded))
        .as("aggregate /actuator/health").isEqualTo(Status.UP);
    assertThat(groups.getPrimary().getHttpCodeStatusMapper().getStatusCode(degraded)).isEqualTo(200);
    assertThat(groups.getPrimary().getStatusAggregator().getAggregateStatus(Status.DOWN, degraded))
        .isEqualTo(Status.DOWN);

    HealthEndpointGroup readiness = groups.get("readiness");
    assertThat(readiness.isMember("elasticsearch")).isTrue();
    assertThat(readiness.isMember("creditReference")).isFalse();
    assertThat(groups.get("liveness").isMember("creditReference")).isFalse();
  }

  @Test
  void publicHealthIsUpWithoutDetails() {
    var response = graphQl().get("/actuator/health");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body().get("status").asString()).isEqualTo("UP");
    assertThat(response.body().has("components")).isFalse();
  }
}
