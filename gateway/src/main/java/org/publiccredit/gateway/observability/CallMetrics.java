package org.publiccredit.gateway.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.publiccredit.gateway.auth.AuthenticatedClient;
import org.publiccredit.gateway.call.CallOutcome;
import org.publiccredit.gateway.call.CallOutcomeListener;
import org.publiccredit.gateway.call.GraphqlOperation;

/**
 * One timer, {@code gateway.calls}, per client, operation (name and type), status and problem
 * reason. Only verified client ids become tags: a refused caller's claimed keyid is anyone's
 * choice, and each new tag value is a new time series. Operation names are the clients' choice
 * too: the first {@code maxOperationNames} plain names are kept, any other is "other", decided
 * here so that Micrometer never sees (nor caches) an unbounded set of names.
 */
final class CallMetrics implements CallOutcomeListener {

  static final String NAME = "gateway.calls";
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");
  private static final String NONE = "none";

  private static final String OTHER = "other";

  private final MeterRegistry registry;
  private final int maxOperationNames;
  private final Set<String> operationNames = ConcurrentHashMap.newKeySet();

  CallMetrics(MeterRegistry registry, int maxOperationNames) {
    this.registry = registry;
    this.maxOperationNames = maxOperationNames;
  }

  @Override
  public void onCall(CallOutcome outcome) {
    AuthenticatedClient client = outcome.client();
    GraphqlOperation operation = outcome.operation();
    Timer.builder(NAME)
        .description("Calls through the gateway, from receipt to the end of the response")
        .tag("client", client == null ? NONE : client.id())
        .tag("operation", operation == null ? NONE : name(operation.name()))
        .tag("type", operation == null ? NONE : operation.type().name().toLowerCase(Locale.ROOT))
        .tag("status", Integer.toString(outcome.status()))
        .tag("reason", outcome.problemReason() == null ? NONE : outcome.problemReason())
        .register(registry)
        .record(outcome.latency());
  }

  private String name(@Nullable String name) {
    if (name == null) {
      return "anonymous";
    }
    if (!PLAIN_NAME.matcher(name).matches()) {
      return OTHER;
    }
    // Racing calls may let a few names past the bound; it stays bounded all the same.
    if (operationNames.contains(name) || operationNames.size() < maxOperationNames
        && operationNames.add(name)) {
      return name;
    }
    return OTHER;
  }
}
