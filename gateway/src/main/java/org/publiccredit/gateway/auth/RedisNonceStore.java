package org.publiccredit.gateway.auth;

import org.publiccredit.gateway.eventloop.RequestEventLoops;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import reactor.core.publisher.Mono;

/**
 * Nonces in Redis, shared by every gateway instance: SET key 1 NX PX ttl. The same key the rate
 * limiter's script sets when it claims a nonce with the limits ({@link PendingNonce#key()}).
 */
final class RedisNonceStore implements NonceStore {

  private final ReactiveStringRedisTemplate redis;
  private final RequestEventLoops eventLoops;

  RedisNonceStore(ReactiveStringRedisTemplate redis, RequestEventLoops eventLoops) {
    this.redis = redis;
    this.eventLoops = eventLoops;
  }

  @Override
  public Mono<Boolean> claim(PendingNonce nonce) {
    // The rest of the call goes on on the request's event loop, not on the Lettuce thread that
    // reads every reply.
    return eventLoops.continueOnCaller(
        redis.opsForValue().setIfAbsent(nonce.key(), "1", nonce.ttl()))
        .defaultIfEmpty(Boolean.FALSE);
  }
}
