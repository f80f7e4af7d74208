package org.publiccredit.gateway.ratelimit;

import java.time.Clock;
import org.publiccredit.gateway.auth.ReplayProtection;
import org.publiccredit.gateway.error.ProblemWriter;
import org.publiccredit.gateway.eventloop.RequestEventLoops;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/** Rate limits per client plan, in Redis, with the per-instance fallback. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

  @Bean
  ClientRateLimiter clientRateLimiter(ReactiveStringRedisTemplate redis,
      RequestEventLoops eventLoops, RateLimitProperties properties, Clock clock) {
    return new ClientRateLimiter(new RedisClientLimits(redis, eventLoops),
        new LocalTokenBucket(System::nanoTime, properties.fallbackInstances()), clock,
        properties.quotaZone());
  }

  @Bean
  RateLimitFilter rateLimitFilter(ClientRateLimiter limiter, ProblemWriter problems,
      ReplayProtection replays) {
    return new RateLimitFilter(limiter, problems, replays);
  }
}
