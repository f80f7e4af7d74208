package org.publiccredit.gateway.auth;

import reactor.core.publisher.Mono;

/** Remembers nonces so that a signed request is accepted once. */
interface NonceStore {

  /**
   * Claims the nonce for its time to live: true when it was unused, false when it was used
   * before; an error when the store cannot tell.
   */
  Mono<Boolean> claim(PendingNonce nonce);
}
