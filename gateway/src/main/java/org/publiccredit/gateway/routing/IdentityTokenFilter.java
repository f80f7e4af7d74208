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
 * passes the gateway's request id on (the token is shared by a caller's requests; the id is not)
 * and the W3C trace context ({@link TraceParent}).
 */
final class IdentityTokenFilter implements GatewayFilter {

  /** The client's signature is the gateway's business; the service trusts the token only. */
  private static final String[] DROPPED = {"Signature", "Signature-Input",
      HttpHeaders.PROXY_AUTHORIZATION};

  private final IdentityTokenCache tokens;
  private final double traceSampling;

  /** @param traceSampling the share of new traces marked sampled in their traceparent */
  IdentityTokenFilter(IdentityTokenCache tokens, double traceSampling) {
    this.tokens = tokens;
    this.traceSampling = traceSampling;
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
                headers.set(TraceParent.HEADER,
                    TraceParent.next(headers.getFirst(TraceParent.HEADER), traceSampling));
              })
              .build();
          return chain.filter(exchange.mutate().request(request).build());
        });
  }
}
