package org.publiccredit.gateway.ratelimit;

import java.util.List;
import org.publiccredit.gateway.auth.ClientPlan;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;

/**
 * A client's token bucket in Redis, run by Spring Cloud Gateway's own request-rate-limiter Lua
 * script (the one behind RedisRateLimiter) so the algorithm is the maintained one; called
 * directly because RedisRateLimiter asks a fixed number of tokens per route, not per request.
 * Unlike RedisRateLimiter, an error is passed on, never taken as "allowed".
 */
final class RedisTokenBucket {

  static final String KEY_PREFIX = "gateway:rate:";

  private final ReactiveStringRedisTemplate redis;
  private final RedisScript<List<Long>> script;

  RedisTokenBucket(ReactiveStringRedisTemplate redis, RedisScript<List<Long>> script) {
    this.redis = redis;
    this.script = script;
  }

  Mono<BucketState> take(String clientId, ClientPlan plan, int tokens) {
    // One hash tag per client keeps both keys on one Redis Cluster slot.
    String prefix = KEY_PREFIX + "{" + clientId + "}";
    List<String> keys = List.of(prefix + ".tokens", prefix + ".timestamp");
    // The empty "now" makes the script use Redis' own clock: one clock for every instance.
    List<String> args = List.of(Integer.toString(plan.requestsPerSecond()),
        Integer.toString(plan.burst()), "", Integer.toString(tokens));
    return redis.execute(script, keys, args).next()
        .map(result -> new BucketState(result.get(0) == 1L, result.get(1)));
  }
}
