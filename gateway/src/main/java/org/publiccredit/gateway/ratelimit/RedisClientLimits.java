package org.publiccredit.gateway.ratelimit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.publiccredit.gateway.auth.ClientPlan;
import org.publiccredit.gateway.auth.PendingNonce;
import org.publiccredit.gateway.eventloop.RequestEventLoops;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;

/**
 * A client's token bucket and daily quota in Redis, both in one script and so one round trip
 * ({@code scripts/client_limits.lua}): the bucket is Spring Cloud Gateway's own request-rate-limiter
 * algorithm, the quota one counter per client and quota day, expiring at the end of that day.
 * The script claims the call's nonce first when it is given one (decision 64).
 * Unlike RedisRateLimiter, an error is passed on, never taken as "allowed".
 */
final class RedisClientLimits {

  static final String RATE_PREFIX = "gateway:rate:";
  static final String QUOTA_PREFIX = "gateway:quota:";
  /** The script's first reply value when the nonce was used before. */
  private static final long REPLAYED = -1L;

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static final RedisScript<List<Long>> SCRIPT = (RedisScript) LuaScripts.readOnce(
      new ClassPathResource("scripts/client_limits.lua"), List.class);

  private final ReactiveStringRedisTemplate redis;
  private final @Nullable RequestEventLoops eventLoops;

  /** Signals arrive on the thread that reads Redis replies. */
  RedisClientLimits(ReactiveStringRedisTemplate redis) {
    this(redis, null);
  }

  /** Signals arrive on the subscriber's event loop (the forwarding to the service goes on there). */
  RedisClientLimits(ReactiveStringRedisTemplate redis, @Nullable RequestEventLoops eventLoops) {
    this.redis = redis;
    this.eventLoops = eventLoops;
  }

  /**
   * Claims the nonce, if any, and unless it was used before takes {@code tokens} from the bucket
   * and, if they were there, {@code cost} units of the day's quota if they are left.
   */
  Mono<Limits> take(String clientId, ClientPlan plan, int tokens, int cost, LocalDate day,
      Instant dayEnd, @Nullable PendingNonce nonce) {
    // One hash tag per client keeps every key on one Redis Cluster slot.
    String tag = "{" + clientId + "}";
    String rate = RATE_PREFIX + tag;
    List<String> keys = new ArrayList<>(List.of(rate + ".tokens", rate + ".timestamp",
        QUOTA_PREFIX + tag + ":" + day));
    List<String> args = new ArrayList<>(List.of(Integer.toString(plan.requestsPerSecond()),
        Integer.toString(plan.burst()), Integer.toString(tokens), Integer.toString(cost),
        Long.toString(plan.dailyQuota()), Long.toString(dayEnd.getEpochSecond())));
    if (nonce != null) {
      keys.add(nonce.key());
      args.add(Long.toString(nonce.ttl().toMillis()));
    }
    Mono<List<Long>> reply = redis.execute(SCRIPT, keys, args).next();
    return (eventLoops == null ? reply : eventLoops.continueOnCaller(reply))
        .map(result -> result.get(0) == REPLAYED ? Limits.REPLAYED_NONCE
            : new Limits(false, new BucketState(result.get(0) == 1L, result.get(1)),
                result.get(0) == 1L
                    ? new BucketState(result.get(2) == 1L, plan.dailyQuota() - result.get(3))
                    : null));
  }

  /**
   * The bucket after the call, and the quota when the bucket let the call through; or neither,
   * when the call's nonce was used before.
   */
  record Limits(boolean replayed, BucketState burst, @Nullable BucketState daily) {
    static final Limits REPLAYED_NONCE = new Limits(true, new BucketState(false, 0), null);
  }
}
