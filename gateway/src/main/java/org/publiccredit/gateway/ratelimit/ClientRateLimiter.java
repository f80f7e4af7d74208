package org.publiccredit.gateway.ratelimit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.publiccredit.gateway.auth.AuthenticatedClient;
import org.publiccredit.gateway.auth.ClientPlan;
import org.publiccredit.gateway.auth.PendingNonce;
import org.publiccredit.gateway.ratelimit.RateLimitDecision.Daily;
import org.publiccredit.gateway.ratelimit.RateLimitDecision.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Decides whether a client may make a call of a given cost: first the token bucket (capped at
 * the burst, so a call dearer than the burst still fits an empty-but-full bucket), then the
 * daily quota, both in Redis and in one round trip. The bucket goes first so that a call refused
 * for rate never uses quota. A call's pending nonce is claimed in the same script, before the
 * bucket: a replay is refused ({@link NonceRefusal}) at no cost. When Redis fails, a call with a
 * nonce is refused too (replay protection fails closed); only a call without one, its nonce
 * claimed earlier, is left to the per-instance bucket, while the daily quota waits for Redis.
 */
final class ClientRateLimiter {

  private static final Logger log = LoggerFactory.getLogger(ClientRateLimiter.class);

  private final RedisClientLimits redis;
  private final LocalTokenBucket fallback;
  private final Clock clock;
  private final ZoneId zone;
  private final AtomicBoolean fallingBack = new AtomicBoolean();

  ClientRateLimiter(RedisClientLimits redis, LocalTokenBucket fallback, Clock clock, ZoneId zone) {
    this.redis = redis;
    this.fallback = fallback;
    this.clock = clock;
    this.zone = zone;
  }

  Mono<RateLimitDecision> check(AuthenticatedClient client, int cost) {
    return check(client, cost, null);
  }

  /** Fails with a {@link NonceRefusal} when the nonce was used before or could not be claimed. */
  Mono<RateLimitDecision> check(AuthenticatedClient client, int cost,
      @Nullable PendingNonce nonce) {
    ClientPlan plan = client.plan();
    int tokens = Math.min(cost, plan.burst());
    Instant now = clock.instant();
    LocalDate day = ZonedDateTime.ofInstant(now, zone).toLocalDate();
    Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
    long dayReset = Math.max(1, dayEnd.getEpochSecond() - now.getEpochSecond());
    return Mono.defer(() -> redis.take(client.id(), plan, tokens, cost, day, dayEnd, nonce))
        .onErrorMap(e -> nonce != null, e -> NonceRefusal.unavailable(nonce, e))
        .flatMap(limits -> limits.replayed() && nonce != null
            ? Mono.error(NonceRefusal.replayed(nonce)) : Mono.just(limits))
        .map(limits -> {
          BucketState burst = limits.burst();
          BucketState daily = limits.daily();
          if (daily == null) {
            return refused(plan, burst, tokens, true);
          }
          return daily.allowed()
              ? decision(null, plan, burst, true, new Daily(daily.remaining(), dayReset), 0)
              : decision(Refusal.DAILY_QUOTA_EXCEEDED, plan, burst, true,
                  new Daily(daily.remaining(), dayReset), dayReset);
        })
        .doOnNext(decision -> {
          if (fallingBack.compareAndSet(true, false)) {
            log.info("Rate limiting is back on Redis");
          }
        })
        .onErrorResume(e -> !(e instanceof NonceRefusal),
            e -> Mono.fromSupplier(() -> local(client, tokens, e)));
  }

  private RateLimitDecision local(AuthenticatedClient client, int tokens, Throwable cause) {
    if (fallingBack.compareAndSet(false, true)) {
      log.warn("Rate limiting cannot reach Redis ({}); each instance now enforces its share of"
          + " every plan in memory, and daily quotas wait for Redis", cause.toString());
    }
    ClientPlan local = fallback.local(client.plan());
    BucketState state = fallback.take(client.id(), client.plan(), tokens);
    return state.allowed() ? decision(null, local, state, false, null, 0)
        : refused(local, state, Math.min(tokens, local.burst()), false);
  }

  private static RateLimitDecision refused(ClientPlan plan, BucketState burst, int tokens,
      boolean dailyEnforced) {
    long missing = Math.max(1, tokens - burst.remaining());
    long retryAfter = (missing + plan.requestsPerSecond() - 1) / plan.requestsPerSecond();
    return decision(Refusal.RATE_LIMITED, plan, burst, dailyEnforced, null,
        Math.max(1, retryAfter));
  }

  private static RateLimitDecision decision(@Nullable Refusal refusal, ClientPlan plan,
      BucketState burst, boolean dailyEnforced, @Nullable Daily daily, long retryAfter) {
    long empty = plan.burst() - burst.remaining();
    long burstReset = (empty + plan.requestsPerSecond() - 1) / plan.requestsPerSecond();
    return new RateLimitDecision(refusal, plan, burst.remaining(), burstReset, dailyEnforced,
        daily, retryAfter);
  }
}
