package org.publiccredit.gateway.call;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.publiccredit.gateway.auth.AuthenticatedClient;

/**
 * One call as the gateway saw it end, published to every {@link CallOutcomeListener}.
 *
 * @param requestId the gateway's id of the request (X-Request-Id)
 * @param received when the gateway started on it
 * @param client the verified client; null when the call was refused before it was verified
 * @param claimedClientId the keyid the signature named, verified or not; null without one
 * @param operation the GraphQL operation; null when the call was refused before it was read
 * @param status the HTTP status answered
 * @param problemReason the problem's reason when the gateway refused or failed the call
 * @param latency from receipt to the end of the response
 * @param requestBytes the request body's size
 * @param responseBytes the response body's size as written
 * @param subjects the subject keys the GraphQL service reported the call touched (a credit code
 *     as is, a person as the keyed hash of the ID number); empty when it reported none
 * @param errorCodes the error codes the GraphQL service reported for the call; empty if none
 * @param purpose the purpose the caller declared, as the GraphQL service reported it; null if none
 */
public record CallOutcome(
    String requestId,
    Instant received,
    @Nullable AuthenticatedClient client,
    @Nullable String claimedClientId,
    @Nullable GraphqlOperation operation,
    int status,
    @Nullable String problemReason,
    Duration latency,
    long requestBytes,
    long responseBytes,
    List<String> subjects,
    List<String> errorCodes,
    @Nullable String purpose) {

  public CallOutcome {
    subjects = List.copyOf(subjects);
    errorCodes = List.copyOf(errorCodes);
  }

  /** A call without a declared purpose. */
  public CallOutcome(String requestId, Instant received, @Nullable AuthenticatedClient client,
      @Nullable String claimedClientId, @Nullable GraphqlOperation operation, int status,
      @Nullable String problemReason, Duration latency, long requestBytes, long responseBytes,
      List<String> subjects, List<String> errorCodes) {
    this(requestId, received, client, claimedClientId, operation, status, problemReason, latency,
        requestBytes, responseBytes, subjects, errorCodes, null);
  }
}
