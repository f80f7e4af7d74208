package org.publiccredit.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.lettuce.core.ClientOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.publiccredit.gateway.auth.AuthenticatedClient;
import org.publiccredit.gateway.auth.ClientPlan;
import org.publiccredit.gateway.auth.ClientType;
import org.publiccredit.gateway.auth.PendingNonce;
import org.publiccredit.localstack.junit.LocalStack;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * The limiter against the real Redis, which is then stopped: the per-instance bucket takes over
 * (so the limit still holds), and Redis decides again once it is back. Through the whole gateway
 * the same outage is refused earlier, by replay protection (RedisOutageIT); this is the limiter
 * alone, as it behaves when Redis fails between the two or for rate limiting only.
 */
class RateLimitFallbackIT {

  private static final ClientPlan PLAN = new ClientPlan(1, 5, 1000);
  private static LettuceConnectionFactory connections;
  private static ClientRateLimiter limiter;

  @BeforeAll
  static void connect() {
    connections = new LettuceConnectionFactory(
        new RedisStandaloneConfiguration("127.0.0.1", LocalStack.redisPort()),
        LettuceClientConfiguration.builder().commandTimeout(Duration.ofSeconds(1))
            .clientOptions(ClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS).build())
            .build());
    connections.afterPropertiesSet();
    connections.start();
    ReactiveStringRedisTemplate redis = new ReactiveStringRedisTemplate(connections);
    limiter = new ClientRateLimiter(new RedisClientLimits(redis),
        new LocalTokenBucket(System::nanoTime, 1), Clock.systemUTC(), ZoneId.of("Asia/Shanghai"));
  }

  @AfterAll
  static void disconnect() {
    connections.destroy();
  }

  @Test
  void fallsBackToThePerInstanceBucketWhileRedisIsDown() {
    assertThat(decide("fallback-a", 5)).allMatch(RateLimitDecision::allowed)
        .allMatch(RateLimitDecision::dailyEnforced);

    LocalStack.redis().stop();
    try {
      List<RateLimitDecision> whileDown = decide("fallback-b", 7);
      assertThat(whileDown).hasSize(7).noneMatch(RateLimitDecision::dailyEnforced);
      // The burst of 5 still holds, give or take the unit a second that flows back in.
      assertThat(whileDown.stream().filter(RateLimitDecision::allowed).count()).isBetween(5L, 6L);
      assertThat(whileDown.getLast().refusal()).isEqualTo(RateLimitDecision.Refusal.RATE_LIMITED);
    } finally {
      LocalStack.redis().restart();
    }

    await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        assertThat(decide("fallback-c", 1).getFirst().dailyEnforced()).isTrue());
  }

  @Test
  void aCallWithANonceIsRefusedNotLimitedLocallyWhileRedisIsDown() {
    // Replay protection fails closed: no nonce claimed, no call (decision 64).
    PendingNonce nonce = new PendingNonce("fallback-d", "n-1", Duration.ofMinutes(10));
    LocalStack.redis().stop();
    try {
      assertThatThrownBy(() -> limiter.check(client("fallback-d"), 1, nonce)
          .block(Duration.ofSeconds(5)))
          .isInstanceOfSatisfying(NonceRefusal.class, refusal -> {
            assertThat(refusal.replayed()).isFalse();
            assertThat(refusal.nonce()).isEqualTo(nonce);
          });
    } finally {
      LocalStack.redis().restart();
    }

    await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        assertThat(decide("fallback-e", 1).getFirst().dailyEnforced()).isTrue());
    // Once claimed, the same nonce is a replay, and the bucket is not asked.
    PendingNonce fresh = new PendingNonce("fallback-e", "n-2", Duration.ofMinutes(10));
    assertThat(limiter.check(client("fallback-e"), 1, fresh).block(Duration.ofSeconds(5))
        .allowed()).isTrue();
    assertThatThrownBy(() -> limiter.check(client("fallback-e"), 1, fresh)
        .block(Duration.ofSeconds(5)))
        .isInstanceOfSatisfying(NonceRefusal.class,
            refusal -> assertThat(refusal.replayed()).isTrue());
  }

  private static AuthenticatedClient client(String clientId) {
    return new AuthenticatedClient(clientId, ClientType.BANK, "91370900MA3B0K2XXH", List.of(),
        PLAN);
  }

  private static List<RateLimitDecision> decide(String clientId, int calls) {
    AuthenticatedClient client =
        new AuthenticatedClient(clientId, ClientType.BANK, "91370900MA3B0K2XXH", List.of(), PLAN);
    return IntStream.range(0, calls)
        .mapToObj(i -> limiter.check(client, 1).block(Duration.ofSeconds(5))).toList();
  }
}
