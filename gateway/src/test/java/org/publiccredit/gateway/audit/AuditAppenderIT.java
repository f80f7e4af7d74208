package org.publiccredit.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.publiccredit.localstack.junit.LocalStack;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The appender against the real Redis, without the gateway around it: many threads recording at
 * once give one gapless chain, and the single appender thread keeps up (the figures printed are
 * the measurement the README quotes).
 */
class AuditAppenderIT {

  private static LettuceConnectionFactory connections;
  private static AuditStream stream;

  @BeforeAll
  static void connect() {
    connections = new LettuceConnectionFactory(
        new RedisStandaloneConfiguration("127.0.0.1", LocalStack.redisPort()),
        LettuceClientConfiguration.builder().commandTimeout(Duration.ofSeconds(2)).build());
    connections.afterPropertiesSet();
    connections.start();
    stream = new AuditStream(new ReactiveStringRedisTemplate(connections));
  }

  @AfterAll
  static void disconnect() {
    connections.destroy();
  }

  @Test
  void concurrentRecordersMakeOneGaplessChainAndTheAppenderKeepsUp() throws Exception {
    String chain = "appender-it-" + System.nanoTime();
    AuditAppender appender = new AuditAppender(stream, JsonMapper.builder().build(),
        new AuditProperties(chain, 100_000, 256, Duration.ofMillis(100), Duration.ofSeconds(5),
            Duration.ofSeconds(1), 500, Duration.ofSeconds(60)));
    int threads = 8;
    int perThread = 2_500;
    int total = threads * perThread;
    appender.start();
    try {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      CountDownLatch go = new CountDownLatch(1);
      List<Long> offerNanos = new ArrayList<>();
      List<java.util.concurrent.Future<Long>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        results.add(pool.submit(() -> {
          go.await();
          long spent = 0;
          for (int i = 0; i < perThread; i++) {
            AuditEntry entry = AuditChainTest.entry("t" + thread + "-" + i);
            long start = System.nanoTime();
            appender.offer(entry);
            spent += System.nanoTime() - start;
          }
          return spent;
        }));
      }
      long start = System.nanoTime();
      go.countDown();
      for (var result : results) {
        offerNanos.add(result.get());
      }
      pool.shutdown();
      await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
          .until(() -> stream.head(chain).sequence() == total);
      double seconds = (System.nanoTime() - start) / 1e9;
      double offerMicros = offerNanos.stream().mapToLong(Long::longValue).sum() / 1e3 / total;
      System.out.printf("audit appender: %d events from %d threads in Redis in %.2f s = %.0f "
          + "events/s; offer() %.2f us per call on the caller's thread%n", total, threads,
          seconds, total / seconds, offerMicros);

      assertThat(appender.droppedTotal()).isZero();
      assertThat(appender.buffered()).isZero();
    } finally {
      appender.stop();
    }
  }

  @Test
  void theChainContinuesFromTheHeadInRedisAfterARestart() {
    String chain = "restart-it-" + System.nanoTime();
    AuditProperties properties = new AuditProperties(chain, 100, 16, Duration.ofMillis(100),
        Duration.ofSeconds(5), Duration.ofSeconds(1), 500, Duration.ofSeconds(60));
    for (int run = 1; run <= 2; run++) {
      AuditAppender appender = new AuditAppender(stream, JsonMapper.builder().build(),
          properties);
      appender.start();
      for (int i = 0; i < 5; i++) {
        appender.offer(AuditChainTest.entry("r" + run + "-" + i));
      }
      int expected = run * 5;
      await().atMost(Duration.ofSeconds(10))
          .until(() -> stream.head(chain).sequence() == expected);
      appender.stop();
    }
    assertThat(stream.head(chain).sequence()).isEqualTo(10);
  }

  @Test
  void withoutAHeadInRedisTheChainContinuesWhereTheIndexEndsIt() {
    String chain = "lost-head-it-" + System.nanoTime();
    String stored = "ab".repeat(32);
    AuditAppender appender = new AuditAppender(stream, JsonMapper.builder().build(),
        new AuditProperties(chain, 100, 16, Duration.ofMillis(100), Duration.ofSeconds(5),
            Duration.ofSeconds(1), 500, Duration.ofSeconds(60)),
        id -> new AuditChain.ChainHead(41, stored));
    appender.start();
    try {
      appender.offer(AuditChainTest.entry("after-loss"));
      await().atMost(Duration.ofSeconds(10))
          .until(() -> stream.head(chain).sequence() == 42);
    } finally {
      appender.stop();
    }
  }
}
