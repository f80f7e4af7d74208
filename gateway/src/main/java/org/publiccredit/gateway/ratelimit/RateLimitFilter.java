package org.publiccredit.gateway.ratelimit;

import org.publiccredit.gateway.auth.AuthenticatedClient;
import org.publiccredit.gateway.auth.PendingNonce;
import org.publiccredit.gateway.auth.ReplayProtection;
import org.publiccredit.gateway.call.GatewayExchangeAttributes;
import org.publiccredit.gateway.call.GraphqlOperation;
import org.publiccredit.gateway.error.Problem;
import org.publiccredit.gateway.error.ProblemWriter;
import org.publiccredit.gateway.ratelimit.RateLimitDecision.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Charges each routed call its operation's cost against the client's plan: 429 problem+json with
 * Retry-After when over, and the RateLimit fields on every answer either way. Claims the call's
 * pending nonce in the same Redis round trip: 401 replayed-nonce for a replay, 503
 * replay-protection-unavailable when Redis cannot say (decision 64).
 */
final class RateLimitFilter implements GlobalFilter, Ordered {

  /** After the GraphQL request is read and priced (-30), before anything is forwarded. */
  static final int ORDER = -20;
  private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

  private final ClientRateLimiter limiter;
  private final ProblemWriter problems;
  private final ReplayProtection replays;

  RateLimitFilter(ClientRateLimiter limiter, ProblemWriter problems, ReplayProtection replays) {
    this.limiter = limiter;
    this.problems = problems;
    this.replays = replays;
  }

  @Override
  public int getOrder() {
    return ORDER;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
    AuthenticatedClient client = GatewayExchangeAttributes.client(exchange).orElse(null);
    GraphqlOperation operation = GatewayExchangeAttributes.operation(exchange).orElse(null);
    if (client == null || operation == null) {
      // Fail closed: nothing is forwarded unpriced.
      return Mono.error(new IllegalStateException("Rate limiter reached before the operation"));
    }
    PendingNonce nonce = ReplayProtection.pending(exchange).orElse(null);
    return limiter.check(client, operation.cost(), nonce).flatMap(decision -> {
      ReplayProtection.claimed(exchange);
      RateLimitHeaders.apply(exchange.getResponse().getHeaders(), decision);
      Refusal refusal = decision.refusal();
      if (refusal == null) {
        return chain.filter(exchange);
      }
      log.warn("Refused request from client {}: {} (cost {})", client.id(), refusal.reason,
          operation.cost());
      return problems.write(exchange, new Problem(HttpStatus.TOO_MANY_REQUESTS, refusal.reason,
          refusal.title, refusal.detail));
    }).onErrorResume(NonceRefusal.class, refusal -> refusal.replayed()
        ? replays.refuseReplayed(exchange, refusal.nonce())
        : replays.refuseUnavailable(exchange, refusal.nonce(), refusal.getCause()));
  }
}
