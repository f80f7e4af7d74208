package org.publiccredit.gateway.auth;

import java.time.Duration;

/**
 * A verified request's nonce, not yet claimed: the rate limiter claims it in the same Redis
 * script as the client's bucket and quota, or the stage that answers first claims it alone
 * ({@link ReplayProtection}). Either way under one key, so a nonce is accepted once.
 *
 * @param clientId the verified client (the signature's keyid)
 * @param nonce the signature's nonce
 * @param ttl how long the nonce stays used
 */
public record PendingNonce(String clientId, String nonce, Duration ttl) {

  static final String KEY_PREFIX = "gateway:nonce:";

  /**
   * The Redis key: under the client's hash tag, like its bucket and quota, so that one script
   * may touch them all (one Redis Cluster slot). A client id has no ':' or braces (registry), so
   * a crafted nonce cannot reach another client's keys.
   */
  public String key() {
    return KEY_PREFIX + "{" + clientId + "}:" + nonce;
  }
}
