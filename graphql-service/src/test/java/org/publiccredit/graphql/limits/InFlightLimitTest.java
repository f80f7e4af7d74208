package org.publiccredit.graphql.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class InFlightLimitTest {

  private final InFlightLimit limit = new InFlightLimit(BulkheadRegistry.of(BulkheadConfig.custom()
      .maxConcurrentCalls(1).maxWaitDuration(Duration.ofMillis(20)).build()));

  @Test
  void aRequestPastTheLimitIsRefusedWithRetryAfterAndNeverReachesTheService() throws Exception {
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<MockHttpServletResponse> first = CompletableFuture.supplyAsync(() -> call((req, res) -> {
      inside.countDown();
      await(release);
    }));
    assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

    AtomicInteger reached = new AtomicInteger();
    MockHttpServletResponse second = call((req, res) -> reached.incrementAndGet());

    assertThat(second.getStatus()).isEqualTo(503);
    assertThat(second.getHeader("Retry-After")).isEqualTo("1");
    assertThat(second.getContentType()).isEqualTo("application/problem+json");
    assertThat(second.getContentAsString()).contains("\"reason\":\"service-busy\"", "\"status\":503");
    assertThat(reached).hasValue(0);

    release.countDown();
    assertThat(first.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
    MockHttpServletResponse third = call((req, res) -> reached.incrementAndGet());
    assertThat(third.getStatus()).as("the permit came back").isEqualTo(200);
    assertThat(reached).hasValue(1);
  }

  @Test
  void aFailingRequestGivesItsPermitBack() {
    try {
      call((req, res) -> {
        throw new IllegalStateException("boom");
      });
    } catch (IllegalStateException expected) {
      // the service's own error handling answers it
    }
    assertThat(call((req, res) -> { }).getStatus()).isEqualTo(200);
  }

  @Test
  void otherPathsAreNotCounted() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch inside = new CountDownLatch(1);
    CompletableFuture.runAsync(() -> call((req, res) -> {
      inside.countDown();
      await(release);
    }));
    assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
    MockHttpServletRequest health = new MockHttpServletRequest("GET", "/actuator/health");
    MockHttpServletResponse response = new MockHttpServletResponse();
    limit.doFilter(health, response, new MockFilterChain());
    assertThat(response.getStatus()).isEqualTo(200);
    release.countDown();
  }

  private interface Work {
    void run(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response);
  }

  private MockHttpServletResponse call(Work work) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
    MockHttpServletResponse response = new MockHttpServletResponse();
    try {
      limit.doFilter(request, response, (req, res) -> work.run(req, res));
    } catch (java.io.IOException | jakarta.servlet.ServletException e) {
      throw new IllegalStateException(e);
    }
    return response;
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
