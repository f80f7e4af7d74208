package org.publiccredit.gateway.error;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Writes a {@link Problem} as {@code application/problem+json}, ending the exchange. */
@Component
public final class ProblemWriter {

  private final JsonMapper json;

  public ProblemWriter(JsonMapper json) {
    this.json = json;
  }

  private static final String WRITTEN = ProblemWriter.class.getName() + ".problem";

  /** The problem the gateway answered an exchange with, if it did. */
  public static Optional<Problem> written(ServerWebExchange exchange) {
    return Optional.ofNullable(exchange.getAttribute(WRITTEN));
  }

  public Mono<Void> write(ServerWebExchange exchange, Problem problem) {
    ServerHttpResponse response = exchange.getResponse();
    if (response.isCommitted()) {
      // Too late for a problem body: the status line is gone; cut the response short instead.
      return Mono.error(new IllegalStateException("Response already committed"));
    }
    exchange.getAttributes().put(WRITTEN, problem);
    response.setStatusCode(problem.status());
    response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", problem.type());
    body.put("title", problem.title());
    body.put("status", problem.status().value());
    if (problem.detail() != null) {
      body.put("detail", problem.detail());
    }
    body.put("reason", problem.reason());
    byte[] bytes = json.writeValueAsBytes(body);
    response.getHeaders().setContentLength(bytes.length);
    return response.writeWith(Mono.just(response.bufferFactory().wrap(bytes)));
  }
}
