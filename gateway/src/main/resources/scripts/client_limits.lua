-- A call's nonce, its client's token bucket and daily quota in one round trip
-- (ratelimit.RedisClientLimits, decision 64).
-- KEYS[1], KEYS[2]: the bucket's tokens and timestamp; KEYS[3]: the quota day's counter;
-- KEYS[4], when present: the call's nonce (one hash tag per client: every key on one Redis
-- Cluster slot).
-- ARGV: rate (tokens a second), capacity (burst), tokens asked of the bucket, cost against the
-- quota, the daily quota, the end of the quota day (epoch seconds); with a nonce, its time to
-- live in milliseconds.
-- Returns {bucket allowed, tokens left, quota allowed, quota used}, or {-1, 0, 0, 0} when the
-- nonce was used before (then nothing else is looked at or used); the quota is neither looked
-- at nor used when the bucket refuses (a call refused for rate never uses quota).

-- Replicate effects, not the script (the bucket reads TIME); before the first write.
redis.replicate_commands()

-- The nonce first: a replayed call costs no tokens and no quota.
if KEYS[4] and not redis.call('SET', KEYS[4], '1', 'NX', 'PX', ARGV[7]) then
  return { -1, 0, 0, 0 }
end

-- The bucket: Spring Cloud Gateway's request_rate_limiter.lua (5.0.4, RedisRateLimiter),
-- unchanged but for its arguments; on Redis' own clock, so every instance shares one clock.

local tokens_key = KEYS[1]
local timestamp_key = KEYS[2]

local rate = tonumber(ARGV[1])
local capacity = tonumber(ARGV[2])
local now = tonumber(redis.call('TIME')[1])
local requested = tonumber(ARGV[3])

local fill_time = capacity / rate
local ttl = math.floor(fill_time * 2)

local last_tokens = tonumber(redis.call("get", tokens_key)) or capacity
local last_refreshed = tonumber(redis.call("get", timestamp_key)) or 0

local delta = math.max(0, now-last_refreshed)
local filled_tokens = math.min(capacity, last_tokens+(delta*rate))
local allowed = filled_tokens >= requested
local new_tokens = allowed and filled_tokens - requested or filled_tokens

if ttl > 0 then
  redis.call("setex", tokens_key, ttl, new_tokens)
  redis.call("setex", timestamp_key, ttl, now)
end

if not allowed then
  return { 0, new_tokens, 0, 0 }
end

-- The daily quota: check and increment together, so two instances cannot both take the last
-- units; the counter expires at the end of its day.
local cost = tonumber(ARGV[4])
local used = tonumber(redis.call('GET', KEYS[3]) or '0')
if used + cost > tonumber(ARGV[5]) then
  return { 1, new_tokens, 0, used }
end
used = redis.call('INCRBY', KEYS[3], cost)
redis.call('EXPIREAT', KEYS[3], ARGV[6])
return { 1, new_tokens, 1, used }
