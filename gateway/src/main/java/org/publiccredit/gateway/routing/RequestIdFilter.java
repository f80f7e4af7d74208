package org.publiccredit.gateway.routing;

import java.util.UUID;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request an id of the gateway's own choosing, before anything can refuse it, so a
 * client can quote it for refusals too. A client-sent X-Request-Id is never trusted.
 */
final class RequestIdFilter implements WebFilter, Ordered {

  static final String HEADER = "X-Request-Id";
  private static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    String id = UUID.randomUUID().toString();
    exchange.getAttributes().put(ATTRIBUTE, id);
    exchange.getResponse().getHeaders().set(HEADER, id);
    return chain.filter(exchange);
  }

  /** The exchange's id; a fresh one if the filter did not run (never null). */
  static String of(ServerWebExchange exchange) {
    String id = exchange.getAttribute(ATTRIBUTE);
    return id != null ? id : UUID.randomUUID().toString();
  }
}
