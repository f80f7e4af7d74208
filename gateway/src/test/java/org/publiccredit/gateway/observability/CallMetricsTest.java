package org.publiccredit.gateway.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.publiccredit.gateway.auth.AuthenticatedClient;
import org.publiccredit.gateway.auth.ClientPlan;
import org.publiccredit.gateway.auth.ClientType;
import org.publiccredit.gateway.call.CallOutcome;
import org.publiccredit.gateway.call.GraphqlOperation;
import org.publiccredit.gateway.call.OperationType;

class CallMetricsTest {

  private static final AuthenticatedClient BANK = new AuthenticatedClient("demo-bank",
      ClientType.BANK, "91370900MA3B0K2XXH", List.of(), new ClientPlan(1, 1, 1));

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final CallMetrics metrics = new CallMetrics(registry, 2);

  @Test
  void timesACallPerClientOperationStatusAndReason() {
    metrics.onCall(outcome(BANK, "Lookup", 200, null));
    metrics.onCall(outcome(null, null, 401, "missing-signature"));

    assertThat(registry.get(CallMetrics.NAME).tags("client", "demo-bank", "operation", "Lookup",
        "type", "query", "status", "200", "reason", "none").timer().count()).isEqualTo(1);
    assertThat(registry.get(CallMetrics.NAME).tags("client", "none", "operation", "none",
        "status", "401", "reason", "missing-signature").timer().count()).isEqualTo(1);
  }

  @Test
  void keepsOnlyTheFirstOperationNamesAndPlainOnes() {
    for (String name : List.of("A", "B", "C", "D", "A", "bad name")) {
      metrics.onCall(outcome(BANK, name, 200, null));
    }
    metrics.onCall(outcome(BANK, null, 200, null));

    assertThat(registry.get(CallMetrics.NAME).tag("operation", "A").timer().count()).isEqualTo(2);
    assertThat(registry.get(CallMetrics.NAME).tag("operation", "other").timer().count())
        .isEqualTo(3);
    assertThat(registry.get(CallMetrics.NAME).tag("operation", "anonymous").timer().count())
        .isEqualTo(1);
    assertThat(registry.find(CallMetrics.NAME).tag("operation", "C").timer()).isNull();
  }

  private static CallOutcome outcome(@Nullable AuthenticatedClient client, @Nullable String name,
      int status, @Nullable String reason) {
    GraphqlOperation operation = client == null ? null
        : new GraphqlOperation(OperationType.QUERY, name, List.of("subject"), 1);
    return new CallOutcome("r", Instant.now(), client, null, operation, status, reason,
        Duration.ofMillis(3), 10, 20, List.of(), List.of());
  }
}
