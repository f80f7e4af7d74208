package org.publiccredit.gateway.auth;

import org.jspecify.annotations.Nullable;
import org.publiccredit.gateway.auth.signature.SignatureException;
import org.publiccredit.gateway.auth.signature.SignatureFailure;
import org.publiccredit.gateway.error.Problem;
import org.springframework.http.HttpStatus;

/** The problems authentication answers with: 401 per signature failure, 503 without Redis. */
final class Rejections {

  static final String REPLAY_PROTECTION_UNAVAILABLE = "replay-protection-unavailable";
  private static final int MAX_LOGGED_ID = 64;

  private Rejections() {}

  static SignatureAuthenticationException of(SignatureException e, @Nullable String clientId) {
    return of(e.failure(), e.detail(), clientId, e);
  }

  static SignatureAuthenticationException of(SignatureFailure failure, String detail,
      @Nullable String clientId, @Nullable Throwable cause) {
    Problem problem =
        new Problem(HttpStatus.UNAUTHORIZED, failure.reason(), failure.title(), detail);
    return new SignatureAuthenticationException(problem, loggable(clientId), cause);
  }

  /** Fail closed: without replay protection no signature is accepted. */
  static SignatureAuthenticationException replayProtectionUnavailable(String clientId,
      Throwable cause) {
    Problem problem = new Problem(HttpStatus.SERVICE_UNAVAILABLE, REPLAY_PROTECTION_UNAVAILABLE,
        "Replay protection unavailable",
        "The gateway cannot check nonces right now and accepts no request; retry later.");
    return new SignatureAuthenticationException(problem, loggable(clientId), cause);
  }

  /** A keyid comes from the client: keep log lines single and short whatever it holds. */
  static String loggable(@Nullable String clientId) {
    if (clientId == null || clientId.isEmpty()) {
      return "-";
    }
    String safe = clientId.replaceAll("[^A-Za-z0-9._:-]", "?");
    return safe.length() > MAX_LOGGED_ID ? safe.substring(0, MAX_LOGGED_ID) + "..." : safe;
  }
}
