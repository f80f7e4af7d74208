package org.publiccredit.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.server.ObservationWebFilterChainDecorator;
import org.springframework.security.web.server.WebFilterChainProxy;
import org.springframework.test.util.ReflectionTestUtils;

/** Metrics per client, operation and status for the local network; trace context forwarded. */
class ObservabilityIT extends GatewayIntegrationTest {

  private static final String TRACEPARENT = "[0-9a-f]{2}-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}";

  @Autowired
  WebFilterChainProxy securityFilters;

  @Test
  void timesEveryCallPerClientOperationAndStatus() {
    call(signer("demo-tax"), graphql("query TaxLookup { subject(code: \"1\") { name } }"))
        .expectStatus().isOk();
    GraphqlServiceStub.server().resetRequests();
    assertRefused(post(Map.of(), query()), 401, "missing-signature");

    String metrics = client().get().uri("/actuator/prometheus").exchange()
        .expectStatus().isOk()
        .returnResult(String.class).getResponseBody().collectList().block().stream()
        .reduce("", String::concat);

    assertThat(metrics).containsPattern("gateway_calls_seconds_count\\{[^}]*client=\"demo-tax\""
        + "[^}]*operation=\"TaxLookup\"[^}]*status=\"200\"[^}]*type=\"query\"[^}]*} 1");
    assertThat(metrics).containsPattern("gateway_calls_seconds_count\\{[^}]*client=\"none\""
        + "[^}]*reason=\"missing-signature\"[^}]*status=\"401\"");
    assertThat(metrics).contains("resilience4j_circuitbreaker_state{");
  }

  @Test
  void createsATraceparentForTheService() {
    call(signer("demo-bank"), query()).expectStatus().isOk();

    String forwarded = GraphqlServiceStub.graphqlRequests().getFirst().getHeader("traceparent");
    assertThat(forwarded).matches(TRACEPARENT);
    assertThat(forwarded).doesNotContain("00000000000000000000000000000000");
  }

  @Test
  void continuesTheCallersTrace() {
    String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    Map<String, String> headers = new HashMap<>(sign(signer("demo-bank"), query()));
    headers.put("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01");

    post(headers, query()).expectStatus().isOk();

    String forwarded = GraphqlServiceStub.graphqlRequests().getFirst().getHeader("traceparent");
    assertThat(forwarded).matches(TRACEPARENT).contains(traceId)
        .doesNotContain("00f067aa0ba902b7");
  }

  /** The call's own metrics replace Security's observations, which would wrap every filter. */
  @Test
  void runsTheSecurityFiltersWithoutObservationWrappers() {
    assertThat(ReflectionTestUtils.getField(securityFilters, "filterChainDecorator"))
        .isNotNull()
        .isNotInstanceOf(ObservationWebFilterChainDecorator.class);
  }
}
