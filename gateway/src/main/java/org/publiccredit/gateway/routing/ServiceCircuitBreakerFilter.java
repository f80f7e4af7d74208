package org.publiccredit.gateway.routing;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CLIENT_RESPONSE_CONN_ATTR;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.publiccredit.gateway.error.Problem;
import org.publiccredit.gateway.error.ProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;

/**
 * Guards the forwarding to the GraphQL service with a circuit breaker and a time limit. The
 * service's 5xx answers count as failures along with timeouts and connection errors. A call
 * the breaker refuses or that runs out of time is answered 503 with Retry-After; a 5xx from the
 * service is answered as the gateway's own problem, never passed through.
 */
final class ServiceCircuitBreakerFilter implements GatewayFilter {

  /** The gateway's own headers, set before forwarding; everything else came from the service. */
  private static final List<String> KEPT_HEADERS =
      List.of(RequestIdFilter.HEADER, "RateLimit-Policy", "RateLimit");
  private static final Logger log = LoggerFactory.getLogger(ServiceCircuitBreakerFilter.class);

  private final ReactiveCircuitBreaker breaker;
  private final ProblemWriter problems;
  private final Duration retryAfter;
  private final Duration timeout;

  ServiceCircuitBreakerFilter(ReactiveCircuitBreaker breaker, ProblemWriter problems,
      Duration retryAfter, Duration timeout) {
    this.breaker = breaker;
    this.problems = problems;
    this.retryAfter = retryAfter;
    this.timeout = timeout;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
    // The routing filter has set the service's status, not yet written the body: a 5xx can be
    // counted and replaced here.
    Mono<Void> forward = chain.filter(exchange).then(Mono.defer(() -> {
      HttpStatusCode status = exchange.getResponse().getStatusCode();
      return status != null && status.is5xxServerError()
          ? Mono.error(new ServiceFailureException(status.value()))
          : Mono.empty();
    }));
    return breaker.run(forward, error -> answer(exchange, error));
  }

  private Mono<Void> answer(ServerWebExchange exchange, Throwable error) {
    Problem problem = switch (error) {
      case CallNotPermittedException e -> unavailable(
          "The service behind the gateway is failing; calls resume once it recovers.");
      case TimeoutException e -> unavailable("The service behind the gateway did not answer within "
          + timeout.toSeconds() + " s.");
      case ServiceFailureException e -> e.status == 503
          ? unavailable("The service behind the gateway is unavailable.")
          : new Problem(HttpStatus.BAD_GATEWAY, "bad-gateway", "Bad gateway",
              "The service behind the gateway failed to answer.");
      default -> null;
    };
    if (problem == null || exchange.getResponse().isCommitted()) {
      return Mono.error(error); // connection failures and the rest: classified centrally
    }
    log.warn("{} for client call to the GraphQL service: {}", problem.reason(), error.toString());
    discardServiceAnswer(exchange);
    HttpHeaders headers = exchange.getResponse().getHeaders();
    if (problem.status() == HttpStatus.SERVICE_UNAVAILABLE) {
      headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
    }
    return problems.write(exchange, problem);
  }

  /** Drops what a failed answer put on the response: its headers and its unread body. */
  private static void discardServiceAnswer(ServerWebExchange exchange) {
    Connection connection = exchange.getAttribute(CLIENT_RESPONSE_CONN_ATTR);
    if (connection != null) {
      exchange.getAttributes().remove(CLIENT_RESPONSE_CONN_ATTR);
      connection.dispose();
    }
    HttpHeaders headers = exchange.getResponse().getHeaders();
    HttpHeaders kept = new HttpHeaders();
    for (String name : KEPT_HEADERS) {
      List<String> values = headers.get(name);
      if (values != null) {
        kept.put(name, values);
      }
    }
    headers.clear();
    headers.addAll(kept);
  }

  private static Problem unavailable(String detail) {
    return new Problem(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
        "Service unavailable", detail);
  }

  /** The service answered 5xx: a failure for the breaker. */
  static final class ServiceFailureException extends RuntimeException {

    final int status;

    ServiceFailureException(int status) {
      super("GraphQL service answered " + status, null, false, false);
      this.status = status;
    }
  }
}
