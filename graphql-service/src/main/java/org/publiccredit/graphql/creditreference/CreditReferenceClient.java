package org.publiccredit.graphql.creditreference;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.publiccredit.graphql.creditreference.ReportOutcome.UnavailableReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks the credit reference service for a report, guarded so that the dual-check always answers
 * in time. Order, outermost first: a time limiter over the whole call (the budget, retries
 * included; applied while the caller waits, see {@link #outcome}), retry with exponential backoff
 * on {@link CreditReferenceFailure.Transient} only, a circuit breaker per attempt, a semaphore
 * bulkhead per attempt, and per-attempt connect and read timeouts on the HTTP client. Settings:
 * {@code resilience4j.*.instances.creditReference}.
 *
 * <p>Blocking I/O on virtual threads (decision in docs/decisions.md): each call runs on its own
 * virtual thread (the caller goes on with its own work meanwhile), which parks while the JDK HTTP
 * client waits, so 256 checks waiting 100 ms each hold 256 cheap virtual threads, not 256 platform
 * threads; throughput is bound by CPU, and the code stays plain sequential Java that Resilience4j's
 * blocking decorators fit.
 */
@Component
@EnableConfigurationProperties(CreditReferenceProperties.class)
public class CreditReferenceClient implements DisposableBean {

  /** The Resilience4j instance name of every guard. */
  public static final String INSTANCE = "creditReference";
  private static final String REPORTS_PATH = "/credit-reference/v2/reports";
  private static final Logger log = LoggerFactory.getLogger(CreditReferenceClient.class);

  private final RestClient rest;
  private final JsonMapper jsonMapper;
  private final TimeLimiter timeLimiter;
  private final CircuitBreaker circuitBreaker;
  private final Retry retry;
  private final Bulkhead bulkhead;
  private final ExecutorService virtualThreads = Executors.newVirtualThreadPerTaskExecutor();

  CreditReferenceClient(RestClient.Builder builder, CreditReferenceProperties properties, JsonMapper jsonMapper,
      TimeLimiterRegistry timeLimiters, CircuitBreakerRegistry circuitBreakers, RetryRegistry retries,
      BulkheadRegistry bulkheads) {
    // HTTP/1.1: the JDK client would otherwise try an h2c upgrade on every new connection.
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(properties.connectTimeout()).build();
    var factory = new JdkClientHttpRequestFactory(http);
    factory.setReadTimeout(properties.readTimeout());
    factory.enableCompression(properties.compression());
    this.rest = builder.clone().baseUrl(properties.baseUrl()).requestFactory(factory).build();
    this.jsonMapper = jsonMapper;
    this.timeLimiter = timeLimiters.timeLimiter(INSTANCE);
    this.circuitBreaker = circuitBreakers.circuitBreaker(INSTANCE);
    this.retry = retries.retry(INSTANCE);
    this.bulkhead = bulkheads.bulkhead(INSTANCE);
  }

  /**
   * Starts the query on its own virtual thread: the attempts (bulkhead, breaker, retry), which the
   * time limiter interrupts when it gives up. {@link #outcome} waits for it on the caller's thread.
   */
  public PendingReport start(ReportQuery query) {
    Supplier<JsonNode> attempt = Bulkhead.decorateSupplier(bulkhead, () -> fetch(query));
    Supplier<JsonNode> guarded = Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(circuitBreaker, attempt));
    return new PendingReport(virtualThreads, guarded);
  }

  /**
   * The outcome, waited for on the caller's thread (no thread of its own, unlike
   * {@code TimeLimiter.executeFutureSupplier}: one virtual-thread hand-off fewer per check) at most
   * until the time limiter's limit since the attempts began or until {@code left}, whichever comes
   * first; then the attempts are interrupted (the limiter's {@code cancel-running-future}) and the
   * limiter records the timeout, as its own decorator would. Never throws for a failure of the service.
   */
  public ReportOutcome outcome(PendingReport pending, Duration left) {
    long limit = timeLimiter.getTimeLimiterConfig().getTimeoutDuration().toNanos() - pending.elapsedNanos();
    try {
      JsonNode report = pending.get(Math.max(0, Math.min(limit, left.toNanos())));
      timeLimiter.onSuccess();
      return new ReportOutcome.Report(report);
    } catch (TimeoutException e) {
      timeLimiter.onError(TimeLimiter.createdTimeoutExceptionWithName(INSTANCE, e));
      pending.cancel(timeLimiter.getTimeLimiterConfig().shouldCancelRunningFuture());
      return classify(e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      timeLimiter.onError(cause == null ? e : cause);
      return classify(cause instanceof Exception failure ? failure : e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      pending.cancel(true);
      return classify(new CancellationException("interrupted while waiting for the report"));
    }
  }

  private static ReportOutcome classify(Exception e) {
    ReportOutcome outcome = switch (e) {
      case CreditReferenceFailure.Definite d when d.status() == 404 -> new ReportOutcome.NoCreditRecord();
      case CreditReferenceFailure.Definite d -> new ReportOutcome.Unavailable(UnavailableReason.REFUSED);
      case CreditReferenceFailure f -> new ReportOutcome.Unavailable(UnavailableReason.SERVICE_UNAVAILABLE);
      case TimeoutException t -> new ReportOutcome.Unavailable(UnavailableReason.TIMEOUT);
      case CancellationException c -> new ReportOutcome.Unavailable(UnavailableReason.TIMEOUT);
      case CallNotPermittedException c -> new ReportOutcome.Unavailable(UnavailableReason.CIRCUIT_OPEN);
      case BulkheadFullException b -> new ReportOutcome.Unavailable(UnavailableReason.BUSY);
      default -> {
        // The message may quote the answer, which holds personal data: class only, trace at debug.
        log.warn("Credit reference call failed unexpectedly: {}", e.getClass().getName());
        log.debug("Credit reference failure", e);
        yield new ReportOutcome.Unavailable(UnavailableReason.SERVICE_UNAVAILABLE);
      }
    };
    if (outcome instanceof ReportOutcome.Unavailable u) {
      log.info("Credit reference report unavailable: {}", u.status());
    }
    return outcome;
  }

  /** One attempt: the answer classified where it is seen. */
  private JsonNode fetch(ReportQuery query) {
    if (Thread.currentThread().isInterrupted()) {
      // The time limiter gave up on this call: no further attempt.
      throw new CancellationException("credit reference call cancelled");
    }
    long started = System.nanoTime();
    try {
      return rest.post().uri(REPORTS_PATH).contentType(MediaType.APPLICATION_JSON).body(query)
          .exchange((request, response) -> {
            int status = response.getStatusCode().value();
            // Read the whole body first: an I/O failure (the read timeout also covers the body) is
            // then an IOException, classified as transient below, and never a half-parsed report.
            byte[] body = response.getBody().readAllBytes();
            if (log.isDebugEnabled()) {
              // The exchange alone (bulkhead, breaker and thread hand-offs excluded), for the benchmark.
              log.debug("Credit reference exchange ms: {} status {}", (System.nanoTime() - started) / 1_000_000, status);
            }
            if (status == 200) {
              return report(body);
            }
            String code = errorCode(body);
            throw switch (status) {
              case 502, 503, 504 -> new CreditReferenceFailure.Transient("HTTP " + status + " " + code);
              case 500 -> new CreditReferenceFailure.ServerError("HTTP 500 " + code);
              default -> status >= 400 && status < 500 ? new CreditReferenceFailure.Definite(status, code)
                  : new CreditReferenceFailure.ServerError("HTTP " + status + " " + code);
            };
          });
    } catch (ResourceAccessException e) {
      if (Thread.currentThread().isInterrupted()) {
        throw new CancellationException("credit reference call cancelled");
      }
      // Connect refused or timed out, read timed out, connection reset: nothing usable came back.
      throw new CreditReferenceFailure.Transient(e.getCause() == null ? "I/O" : e.getCause().getClass().getSimpleName());
    }
  }

  private JsonNode report(byte[] body) {
    try {
      return jsonMapper.readTree(body);
    } catch (JacksonException e) {
      // A complete answer that is not JSON: the service is broken, asking again will not help.
      throw new CreditReferenceFailure.ServerError("malformed report");
    }
  }

  /** The contract's error code, for logs; the body never holds an ID number (contract). */
  private String errorCode(byte[] body) {
    try {
      JsonNode code = jsonMapper.readTree(body).get("code");
      return code == null ? "" : code.asString();
    } catch (RuntimeException e) {
      return "";
    }
  }

  @Override
  public void destroy() {
    virtualThreads.shutdownNow();
  }
}
