package org.publiccredit.gateway.operation;

import graphql.language.Field;
import java.util.Set;
import org.publiccredit.gateway.auth.AuthenticatedClient;
import org.publiccredit.gateway.auth.ReplayProtection;
import org.publiccredit.gateway.call.GatewayExchangeAttributes;
import org.publiccredit.gateway.call.GraphqlOperation;
import org.publiccredit.gateway.error.Problem;
import org.publiccredit.gateway.error.ProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.publiccredit.gateway.auth.CachedBody;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The first stage of a routed call, after authentication: only POST, only one GraphQL operation
 * per request. Reads the cached body, records the client and the priced operation on the
 * exchange for the rate limiter, metrics and audit, and refuses what it cannot read with 400.
 * A refusal here claims the call's nonce first (the rate limiter, which would, is not reached):
 * a replay is 401 replayed-nonce whatever its body (decision 64).
 */
final class GraphqlRequestFilter implements GlobalFilter, Ordered {

  /** Before the rate limiter (-20), which needs the operation's cost. */
  static final int ORDER = -30;
  private static final Logger log = LoggerFactory.getLogger(GraphqlRequestFilter.class);

  private final GraphqlRequestReader reader;
  private final OperationParser parser;
  private final OperationPricer pricer;
  private final ProblemWriter problems;
  private final ReplayProtection replays;

  GraphqlRequestFilter(GraphqlRequestReader reader, OperationParser parser, OperationPricer pricer,
      ProblemWriter problems, ReplayProtection replays) {
    this.reader = reader;
    this.parser = parser;
    this.pricer = pricer;
    this.problems = problems;
    this.replays = replays;
  }

  @Override
  public int getOrder() {
    return ORDER;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
    return AuthenticatedClient.of(exchange)
        // Fail closed: a route reached without a verified client is a wiring error.
        .switchIfEmpty(Mono.error(() ->
            new IllegalStateException("Route reached without an authenticated client")))
        .flatMap(client -> {
          GatewayExchangeAttributes.putClient(exchange, client);
          if (GatewayExchangeAttributes.operation(exchange).isPresent()) {
            // Read by an earlier stage of another route (routing.ReportDocumentRoute).
            return chain.filter(exchange);
          }
          if (exchange.getRequest().getMethod() != HttpMethod.POST) {
            // GET would put queries (and the ID numbers in them) into URLs and access logs.
            return replays.claimThen(exchange, () -> {
              exchange.getResponse().getHeaders().setAllow(Set.of(HttpMethod.POST));
              return problems.write(exchange, new Problem(HttpStatus.METHOD_NOT_ALLOWED,
                  "method-not-allowed", "Method not allowed", "Send GraphQL requests with POST."));
            });
          }
          GraphqlOperation operation;
          try {
            operation = read(CachedBody.bytes(exchange));
          } catch (InvalidGraphqlRequestException e) {
            return replays.claimThen(exchange, () -> {
              log.warn("Refused request from client {}: {}", client.id(), e.reason());
              return problems.write(exchange, new Problem(HttpStatus.BAD_REQUEST, e.reason(),
                  e.reason().equals(GraphqlRequestReader.BATCHED) ? "Batched requests refused"
                      : "Invalid GraphQL request", e.getMessage()));
            });
          }
          GatewayExchangeAttributes.putOperation(exchange, operation);
          return chain.filter(exchange);
        });
  }

  GraphqlOperation read(byte[] body) {
    GraphqlRequest request = reader.read(body);
    ParsedOperation parsed = parser.parse(request.query(), request.operationName());
    return new GraphqlOperation(parsed.type(), parsed.name(),
        parsed.rootFields().stream().map(Field::getName).toList(),
        pricer.price(parsed, request));
  }
}
