package org.publiccredit.gateway.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.publiccredit.gateway.auth.ClientPlan;

/**
 * The fallback while Redis is away: the same token bucket as the Redis script, kept in this
 * instance's memory, for a 1/n share of each plan. Written here rather than taken from
 * Resilience4j's RateLimiter, whose fixed refresh periods have no burst capacity and would let
 * twice the rate through across a period boundary; the bucket keeps the plan's exact meaning.
 */
final class LocalTokenBucket {

  private static final double NANOS_PER_SECOND = 1e9;

  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final LongSupplier nanoTime;
  private final int share;

  LocalTokenBucket(LongSupplier nanoTime, int instances) {
    this.nanoTime = nanoTime;
    this.share = instances;
  }

  BucketState take(String clientId, ClientPlan plan, int tokens) {
    ClientPlan local = local(plan);
    return buckets.computeIfAbsent(clientId, id -> new Bucket(local.burst(), nanoTime.getAsLong()))
        .take(local, Math.min(tokens, local.burst()), nanoTime.getAsLong());
  }

  /** This instance's share of a plan; never below one unit per second. */
  ClientPlan local(ClientPlan plan) {
    int rate = Math.max(1, plan.requestsPerSecond() / share);
    return new ClientPlan(rate, Math.max(rate, plan.burst() / share), plan.dailyQuota());
  }

  private static final class Bucket {

    private double tokens;
    private long refreshed;

    Bucket(double tokens, long now) {
      this.tokens = tokens;
      this.refreshed = now;
    }

    synchronized BucketState take(ClientPlan plan, int requested, long now) {
      double elapsed = Math.max(0, now - refreshed) / NANOS_PER_SECOND;
      tokens = Math.min(plan.burst(), tokens + elapsed * plan.requestsPerSecond());
      refreshed = now;
      boolean allowed = tokens >= requested;
      if (allowed) {
        tokens -= requested;
      }
      return new BucketState(allowed, (long) Math.floor(tokens));
    }
  }
}
