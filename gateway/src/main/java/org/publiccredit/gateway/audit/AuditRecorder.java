package org.publiccredit.gateway.audit;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.publiccredit.gateway.auth.AuthenticatedClient;
import org.publiccredit.gateway.call.CallOutcome;
import org.publiccredit.gateway.call.CallOutcomeListener;
import org.publiccredit.gateway.call.GraphqlOperation;

/** Turns every call's outcome into an audit entry and hands it to the appender. */
final class AuditRecorder implements CallOutcomeListener {

  /** Bounds on what a client chooses (its query's root fields) so an event stays small. */
  static final int MAX_ROOT_FIELDS = 100;
  static final int MAX_CLAIMED_ID = 128;

  private final AuditAppender appender;

  AuditRecorder(AuditAppender appender) {
    this.appender = appender;
  }

  @Override
  public void onCall(CallOutcome outcome) {
    appender.offer(entry(outcome));
  }

  static AuditEntry entry(CallOutcome outcome) {
    AuthenticatedClient client = outcome.client();
    GraphqlOperation operation = outcome.operation();
    List<String> rootFields = operation == null ? List.of() : operation.rootFields();
    return new AuditEntry(
        AuditEntry.time(outcome.received()),
        outcome.requestId(),
        client == null ? null : client.id(),
        client == null ? null : client.type().name(),
        bounded(outcome.claimedClientId()),
        operation == null ? null : operation.name(),
        operation == null ? null : operation.type().name(),
        rootFields.size() > MAX_ROOT_FIELDS ? rootFields.subList(0, MAX_ROOT_FIELDS) : rootFields,
        outcome.subjects(),
        outcome.status(),
        outcome.problemReason(),
        outcome.errorCodes(),
        outcome.latency().toNanos() / 1000,
        outcome.requestBytes(),
        outcome.responseBytes(),
        outcome.purpose());
  }

  /** A claimed keyid is anyone's choice: kept, but not at any length. */
  private static @Nullable String bounded(@Nullable String claimed) {
    return claimed == null || claimed.length() <= MAX_CLAIMED_ID
        ? claimed : claimed.substring(0, MAX_CLAIMED_ID);
  }
}
