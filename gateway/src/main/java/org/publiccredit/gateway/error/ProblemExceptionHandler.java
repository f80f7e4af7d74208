package org.publiccredit.gateway.error;

import java.io.IOException;
import java.net.ConnectException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * The one place unexpected errors are classified: every error the gateway did not answer itself
 * becomes problem+json. Ordered before Spring Boot's handler so no stack trace or internal
 * message ever reaches a client; the server log keeps the details.
 */
@Component
@Order(-2)
public final class ProblemExceptionHandler implements WebExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

  private final ProblemWriter writer;

  ProblemExceptionHandler(ProblemWriter writer) {
    this.writer = writer;
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
    if (exchange.getResponse().isCommitted()) {
      return Mono.error(error);
    }
    Problem problem = classify(error);
    String path = exchange.getRequest().getPath().value();
    if (problem.status() == HttpStatus.INTERNAL_SERVER_ERROR) {
      log.error("Unexpected error on {} {}", exchange.getRequest().getMethod(), path, error);
    } else if (problem.status().is5xxServerError()) {
      // Upstream trouble: worth a line, not a stack trace.
      log.warn("{} on {}: {}", problem.reason(), path, error.toString());
    }
    return writer.write(exchange, problem);
  }

  static Problem classify(Throwable error) {
    if (isConnectFailure(error)) {
      return new Problem(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
          "Service unavailable", "The service behind the gateway cannot be reached.");
    }
    if (error instanceof ResponseStatusException rse) {
      return forStatus(rse.getStatusCode());
    }
    if (hasCause(error, IOException.class)) {
      return new Problem(HttpStatus.BAD_GATEWAY, "bad-gateway", "Bad gateway",
          "The service behind the gateway failed to answer.");
    }
    return new Problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
        "The gateway failed unexpectedly; the error has been logged.");
  }

  private static Problem forStatus(HttpStatusCode code) {
    HttpStatus status = HttpStatus.resolve(code.value());
    if (status == null || status == HttpStatus.INTERNAL_SERVER_ERROR) {
      return classify(new IllegalStateException());
    }
    return switch (status) {
      case NOT_FOUND -> new Problem(status, "not-found", "Not found",
          "Nothing is served at this path; the API is POST /graphql.");
      case METHOD_NOT_ALLOWED -> new Problem(status, "method-not-allowed",
          "Method not allowed", null);
      case GATEWAY_TIMEOUT -> new Problem(status, "upstream-timeout", "Upstream timeout",
          "The service behind the gateway did not answer in time.");
      case SERVICE_UNAVAILABLE, BAD_GATEWAY -> new Problem(HttpStatus.SERVICE_UNAVAILABLE,
          "service-unavailable", "Service unavailable",
          "The service behind the gateway cannot be reached.");
      default -> new Problem(status, status.name().toLowerCase(Locale.ROOT).replace('_', '-'),
          status.getReasonPhrase(), null);
    };
  }

  private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isConnectFailure(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof ConnectException
          || t.getClass().getName().equals("io.netty.channel.ConnectTimeoutException")) {
        return true;
      }
    }
    return false;
  }
}
