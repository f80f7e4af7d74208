package org.publiccredit.gateway.ratelimit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;

/**
 * A client's use of its daily quota in Redis, one counter per client and quota day, expiring at
 * the end of that day. Check and increment are one script, so a refused call uses nothing and
 * two instances cannot both take the last units.
 */
final class RedisDailyQuota {

  static final String KEY_PREFIX = "gateway:quota:";

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static final RedisScript<List<Long>> SCRIPT = (RedisScript) RedisScript.of("""
      local used = tonumber(redis.call('GET', KEYS[1]) or '0')
      local cost = tonumber(ARGV[1])
      if used + cost > tonumber(ARGV[2]) then
        return {0, used}
      end
      used = redis.call('INCRBY', KEYS[1], cost)
      redis.call('EXPIREAT', KEYS[1], ARGV[3])
      return {1, used}
      """, List.class);

  private final ReactiveStringRedisTemplate redis;

  RedisDailyQuota(ReactiveStringRedisTemplate redis) {
    this.redis = redis;
  }

  /** Uses {@code cost} units of the day's quota if they are left; answers the units used. */
  Mono<BucketState> use(String clientId, long quota, int cost, LocalDate day, Instant dayEnd) {
    String key = KEY_PREFIX + "{" + clientId + "}:" + day;
    List<String> args = List.of(Integer.toString(cost), Long.toString(quota),
        Long.toString(dayEnd.getEpochSecond()));
    return redis.execute(SCRIPT, List.of(key), args).next()
        .map(result -> new BucketState(result.get(0) == 1L, quota - result.get(1)));
  }
}
