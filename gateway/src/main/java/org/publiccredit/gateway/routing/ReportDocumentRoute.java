package org.publiccredit.gateway.routing;

import java.util.List;
import java.util.regex.Pattern;
import org.publiccredit.gateway.auth.AuthenticatedClient;
import org.publiccredit.gateway.call.GatewayExchangeAttributes;
import org.publiccredit.gateway.call.GraphqlOperation;
import org.publiccredit.gateway.call.OperationType;
import org.publiccredit.gateway.error.ProblemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The second route: {@code GET /credit-reports/{number}.pdf}, an issued credit report as PDF. It
 * is signed, rate-limited, forwarded with the identity token, guarded by the same breaker and
 * audited like a GraphQL call; it is priced as the pseudo root field {@code creditReportPdf}
 * (config/gateway/operation-costs.yml), and the service checks the scope and who it was issued to.
 */
@Configuration(proxyBeanMethods = false)
class ReportDocumentRoute {

  static final String ROOT_FIELD = "creditReportPdf";
  /** A report number as the service issues it: nothing else is forwarded. */
  static final Pattern PATH = Pattern.compile("/credit-reports/CR\\d{8}-[0-9A-Z]{10}\\.pdf");

  @Bean
  RouteLocator reportDocumentRouteLocator(RouteLocatorBuilder routes, RoutingProperties properties,
      IdentityTokenCache tokens, ReactiveCircuitBreakerFactory<?, ?> breakers, ResilienceProperties resilience,
      ProblemWriter problems,
      @Value("${management.tracing.sampling.probability:0.1}") double traceSampling) {
    ServiceCircuitBreakerFilter breaker = new ServiceCircuitBreakerFilter(
        breakers.create(RoutingConfiguration.GRAPHQL_SERVICE), problems, resilience.waitInOpen(), resilience.timeout());
    return routes.routes()
        .route("credit-report-pdf", route -> route
            .method(HttpMethod.GET).and().path("/credit-reports/{file}")
            .filters(filters -> filters.filter(new IdentityTokenFilter(tokens, traceSampling)).filter(breaker))
            .uri(properties.graphqlServiceUri()))
        .build();
  }

  @Bean
  GlobalFilter reportDocumentOperation(@Value("${platform.gateway.operation-costs.root-fields." + ROOT_FIELD + ":5}") int cost) {
    return new OperationFilter(cost);
  }

  /**
   * Just before the GraphQL request stage (which leaves a call it finds already read alone): the
   * PDF request is recorded as the operation {@code creditReportPdf}, so that the rate limiter,
   * metrics and audit treat it like any call.
   */
  static final class OperationFilter implements GlobalFilter, Ordered {

    private final int cost;

    OperationFilter(int cost) {
      this.cost = cost;
    }

    @Override
    public int getOrder() {
      return -31;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
      var request = exchange.getRequest();
      if (request.getMethod() != HttpMethod.GET || !PATH.matcher(request.getPath().value()).matches()) {
        return chain.filter(exchange);
      }
      return AuthenticatedClient.of(exchange)
          .doOnNext(client -> {
            GatewayExchangeAttributes.putClient(exchange, client);
            GatewayExchangeAttributes.putOperation(exchange,
                new GraphqlOperation(OperationType.QUERY, null, List.of(ROOT_FIELD), cost));
          })
          .then(Mono.defer(() -> chain.filter(exchange)));
    }
  }
}
