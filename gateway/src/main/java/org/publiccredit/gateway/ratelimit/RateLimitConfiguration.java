package org.publiccredit.gateway.ratelimit;

import java.time.Clock;
import java.util.List;
import org.publiccredit.gateway.error.ProblemWriter;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/** Rate limits per client plan, in Redis, with the per-instance fallback. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

  @Bean
  ClientRateLimiter clientRateLimiter(ReactiveStringRedisTemplate redis,
      @Qualifier("redisRequestRateLimiterScript") RedisScript<List<Long>> script,
      RateLimitProperties properties, Clock clock) {
    return new ClientRateLimiter(new RedisTokenBucket(redis, script), new RedisDailyQuota(redis),
        new LocalTokenBucket(System::nanoTime, properties.fallbackInstances()), clock,
        properties.quotaZone());
  }

  @Bean
  RateLimitFilter rateLimitFilter(ClientRateLimiter limiter, ProblemWriter problems) {
    return new RateLimitFilter(limiter, problems);
  }
}
