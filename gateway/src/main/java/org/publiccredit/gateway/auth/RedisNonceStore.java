package org.publiccredit.gateway.auth;

import java.time.Duration;
import org.publiccredit.gateway.eventloop.RequestEventLoops;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import reactor.core.publisher.Mono;

/** Nonces in Redis, shared by every gateway instance: SET key 1 NX EX ttl. */
final class RedisNonceStore implements NonceStore {

  static final String KEY_PREFIX = "gateway:nonce:";

  private final ReactiveStringRedisTemplate redis;
  private final RequestEventLoops eventLoops;

  RedisNonceStore(ReactiveStringRedisTemplate redis, RequestEventLoops eventLoops) {
    this.redis = redis;
    this.eventLoops = eventLoops;
  }

  @Override
  public Mono<Boolean> claim(String keyId, String nonce, Duration ttl) {
    // keyid is a registered client id (no ':'), so the key cannot be forged by a crafted nonce.
    // The rest of the call (reading, pricing, the rate limit) goes on on the request's event
    // loop, not on the Lettuce thread that reads every reply.
    return eventLoops.continueOnCaller(
        redis.opsForValue().setIfAbsent(KEY_PREFIX + keyId + ":" + nonce, "1", ttl))
        .defaultIfEmpty(Boolean.FALSE);
  }
}
