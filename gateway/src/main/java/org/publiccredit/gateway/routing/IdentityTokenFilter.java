package org.publiccredit.gateway.routing;

import org.publiccredit.gateway.call.GatewayExchangeAttributes;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Replaces whatever credentials the client sent with the gateway's own identity token, and
 * passes the gateway's request id on (the token is shared by a caller's requests; the id is not).
 */
final class IdentityTokenFilter implements GatewayFilter {

  /** The client's signature is the gateway's business; the service trusts the token only. */
  private static final String[] DROPPED = {"Signature", "Signature-Input",
      HttpHeaders.PROXY_AUTHORIZATION};

  private final IdentityTokenCache tokens;

  IdentityTokenFilter(IdentityTokenCache tokens) {
    this.tokens = tokens;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
    // The client the GraphQL request stage recorded, rather than the principal again: looking the
    // principal up goes through the Reactor context of the security filter chain each time.
    return Mono.justOrEmpty(GatewayExchangeAttributes.client(exchange))
        // Fail closed: a route reached without a verified client is a wiring error.
        .switchIfEmpty(Mono.error(() ->
            new IllegalStateException("Route reached without an authenticated client")))
        .flatMap(client -> {
          String requestId = RequestIdFilter.of(exchange);
          String token = tokens.tokenFor(client);
          ServerHttpRequest request = exchange.getRequest().mutate()
              .headers(headers -> {
                for (String name : DROPPED) {
                  headers.remove(name);
                }
                headers.setBearerAuth(token);
                headers.set(RequestIdFilter.HEADER, requestId);
              })
              .build();
          return chain.filter(exchange.mutate().request(request).build());
        });
  }
}
