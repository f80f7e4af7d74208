package org.publiccredit.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.publiccredit.graphql.creditreference.CreditReferenceClient;
import org.publiccredit.graphql.creditreference.ReportOutcome;
import org.publiccredit.graphql.creditreference.ReportQuery;
import org.publiccredit.localstack.junit.LocalStack;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The report is waited for on the caller's thread ({@link CreditReferenceClient#outcome}): the
 * time limiter's limit and the caller's own budget both bound the wait, a timeout stops the
 * attempts at once, and the limiter sees every outcome as its own decorator would report it.
 */
class CreditReferenceWaitIT extends ServiceIT {

  @Autowired
  CreditReferenceClient client;

  @Autowired
  TimeLimiterRegistry timeLimiters;

  @Autowired
  BulkheadRegistry bulkheads;

  @Autowired
  CircuitBreakerRegistry circuitBreakers;

  @AfterEach
  void backToNormal() {
    LocalStack.creditReference().reset();
    circuitBreakers.circuitBreaker(CreditReferenceClient.INSTANCE).reset();
  }

  @Test
  void aReportInTimeIsAReportAndTheLimiterCountsASuccess() {
    var successes = new AtomicInteger();
    timeLimiters.timeLimiter(CreditReferenceClient.INSTANCE).getEventPublisher().onSuccess(e -> successes.incrementAndGet());

    ReportOutcome outcome = client.outcome(client.start(query(TestCodes.uscc())), Duration.ofSeconds(5));

    assertThat(outcome).isInstanceOf(ReportOutcome.Report.class);
    assertThat(successes).hasValueGreaterThanOrEqualTo(1);
  }

  @Test
  void aCallerWithLessTimeLeftThanTheLimitStopsTheAttemptWhenItsOwnTimeRunsOut() throws InterruptedException {
    // 600 ms: inside the read timeout and the 1 s limit, so only the caller's 200 ms can end it.
    LocalStack.creditReference().respondSlowly(Duration.ofMillis(600));
    var timeouts = new AtomicInteger();
    timeLimiters.timeLimiter(CreditReferenceClient.INSTANCE).getEventPublisher().onTimeout(e -> timeouts.incrementAndGet());
    Bulkhead bulkhead = bulkheads.bulkhead(CreditReferenceClient.INSTANCE);
    int free = bulkhead.getBulkheadConfig().getMaxConcurrentCalls();
    String subject = TestCodes.uscc();

    long start = System.nanoTime();
    ReportOutcome outcome = client.outcome(client.start(query(subject)), Duration.ofMillis(200));
    Duration waited = Duration.ofNanos(System.nanoTime() - start);

    assertThat(outcome).isEqualTo(new ReportOutcome.Unavailable(ReportOutcome.UnavailableReason.TIMEOUT));
    assertThat(waited).isBetween(Duration.ofMillis(190), Duration.ofMillis(450));
    assertThat(timeouts).hasValue(1);
    // The attempt was interrupted, not left to run until the 600 ms answer: its permit is back
    // well before then, and nothing is asked again.
    long deadline = System.nanoTime() + 250_000_000L;
    while (bulkhead.getMetrics().getAvailableConcurrentCalls() < free && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(550));
    assertThat(bulkhead.getMetrics().getAvailableConcurrentCalls()).isEqualTo(free);
    assertThat(StandInJournal.reportRequests(subject, 1)).isEqualTo(1);
  }

  @Test
  void theLimitBoundsTheWaitWhenTheCallerHasMoreTime() {
    // Slower than the read timeout: the first attempt fails at 800 ms, the retry is cut at the 1 s limit.
    LocalStack.creditReference().respondSlowly(Duration.ofMillis(1500));
    Duration limit = timeLimiters.timeLimiter(CreditReferenceClient.INSTANCE).getTimeLimiterConfig().getTimeoutDuration();

    long start = System.nanoTime();
    ReportOutcome outcome = client.outcome(client.start(query(TestCodes.uscc())), Duration.ofSeconds(10));
    Duration waited = Duration.ofNanos(System.nanoTime() - start);

    assertThat(outcome).isEqualTo(new ReportOutcome.Unavailable(ReportOutcome.UnavailableReason.TIMEOUT));
    assertThat(waited).isBetween(limit.minusMillis(10), limit.plusMillis(500));
  }

  private static ReportQuery query(String enterprise) {
    return new ReportQuery("ENTERPRISE", enterprise, "LOAN_APPROVAL", null, "91370900MA3B0K2XXH");
  }
}
