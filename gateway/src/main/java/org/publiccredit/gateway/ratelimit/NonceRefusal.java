package org.publiccredit.gateway.ratelimit;

import org.jspecify.annotations.Nullable;
import org.publiccredit.gateway.auth.PendingNonce;

/**
 * The limits script did not accept the call's nonce: used before ({@code replayed}), or Redis
 * failed and could not say (the cause). Either way nothing is forwarded, and no per-instance
 * fallback applies: replay protection fails closed (decision 64).
 */
final class NonceRefusal extends RuntimeException {

  private final transient PendingNonce nonce;
  private final boolean replayed;

  private NonceRefusal(PendingNonce nonce, boolean replayed, @Nullable Throwable cause) {
    super(replayed ? "replayed nonce" : "nonce not checked", cause, false, false);
    this.nonce = nonce;
    this.replayed = replayed;
  }

  static NonceRefusal replayed(PendingNonce nonce) {
    return new NonceRefusal(nonce, true, null);
  }

  static NonceRefusal unavailable(PendingNonce nonce, Throwable cause) {
    return new NonceRefusal(nonce, false, cause);
  }

  PendingNonce nonce() {
    return nonce;
  }

  boolean replayed() {
    return replayed;
  }
}
