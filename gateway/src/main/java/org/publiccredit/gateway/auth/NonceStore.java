package org.publiccredit.gateway.auth;

import java.time.Duration;
import reactor.core.publisher.Mono;

/** Remembers nonces so that a signed request is accepted once. */
interface NonceStore {

  /**
   * Claims the nonce for the key for the given time: true when it was unused, false when it was
   * used before; an error when the store cannot tell.
   */
  Mono<Boolean> claim(String keyId, String nonce, Duration ttl);
}
