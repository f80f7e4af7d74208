package org.publiccredit.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.publiccredit.graphql.creditreference.CreditReferenceClient;
import org.publiccredit.graphql.creditreference.CreditReferenceProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.Yaml;

/**
 * The credit reference client's guards as the running service configured them
 * (config/lending/credit-reference.yml) against the remote's contract (its x-service-level), and
 * what the circuit breaker makes of calls inside and outside that contract.
 */
class CreditReferenceGuardsIT extends ServiceIT {

  @Autowired
  CircuitBreakerRegistry circuitBreakers;

  @Autowired
  BulkheadRegistry bulkheads;

  @Autowired
  TimeLimiterRegistry timeLimiters;

  @Autowired
  CreditReferenceProperties properties;

  @Value("${platform.lending.dual-check.time-budget}")
  Duration timeBudget;

  @Test
  void theGuardsAreSetFromTheRemotesServiceLevel() throws IOException {
    Map<String, Object> level = serviceLevel();
    Duration answerTime = DurationStyle.detectAndParse(level.get("answerTimeP99").toString());
    int inFlight = (Integer) level.get("maxQueriesInFlightPerInstitution");

    CircuitBreakerConfig breaker = circuitBreakers.circuitBreaker(CreditReferenceClient.INSTANCE)
        .getCircuitBreakerConfig();
    assertThat(breaker.getSlowCallDurationThreshold()).isEqualTo(answerTime);
    assertThat(breaker.getSlidingWindowType()).isEqualTo(CircuitBreakerConfig.SlidingWindowType.TIME_BASED);
    assertThat(properties.readTimeout()).isEqualTo(answerTime);
    assertThat(bulkheads.bulkhead(CreditReferenceClient.INSTANCE).getBulkheadConfig().getMaxConcurrentCalls())
        .isEqualTo(inFlight);
    Duration limit = timeLimiters.timeLimiter(CreditReferenceClient.INSTANCE).getTimeLimiterConfig().getTimeoutDuration();
    assertThat(limit).isGreaterThan(answerTime).isLessThan(timeBudget);
  }

  @Test
  void answersWithinTheContractNeverOpenTheBreakerAndAnswersBeyondItDo() {
    CircuitBreakerConfig config = circuitBreakers.circuitBreaker(CreditReferenceClient.INSTANCE)
        .getCircuitBreakerConfig();
    // 600 ms: what a 100 ms remote looked like from a saturated machine; slow by the old rule
    // (500 ms), inside the contract's 800 ms.
    CircuitBreaker withinContract = CircuitBreaker.of("withinContract", config);
    for (int i = 0; i < 100; i++) {
      withinContract.onSuccess(600, TimeUnit.MILLISECONDS);
    }
    assertThat(withinContract.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    assertThat(withinContract.getMetrics().getNumberOfSlowCalls()).isZero();

    CircuitBreaker beyondContract = CircuitBreaker.of("beyondContract", config);
    for (int i = 0; i < config.getMinimumNumberOfCalls(); i++) {
      beyondContract.onSuccess(900, TimeUnit.MILLISECONDS);
    }
    assertThat(beyondContract.getState()).isEqualTo(CircuitBreaker.State.OPEN);
  }

  @Test
  void aFewSlowCallsAmongManyDoNotOpenTheBreaker() {
    CircuitBreakerConfig config = circuitBreakers.circuitBreaker(CreditReferenceClient.INSTANCE)
        .getCircuitBreakerConfig();
    // A GC pause or a burst of our own: a run of 30 slow calls among 200 in the window.
    CircuitBreaker breaker = CircuitBreaker.of("stall", config);
    for (int i = 0; i < 200; i++) {
      breaker.onSuccess(i >= 100 && i < 130 ? 900 : 150, TimeUnit.MILLISECONDS);
    }
    assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    assertThat(breaker.getMetrics().getNumberOfSlowCalls()).isEqualTo(30);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> serviceLevel() throws IOException {
    try (InputStream contract = new ClassPathResource("credit-reference/credit-reference-api.yaml").getInputStream()) {
      Map<String, Object> root = new Yaml().load(contract);
      return (Map<String, Object>) ((Map<String, Object>) root.get("info")).get("x-service-level");
    }
  }
}
