package org.publiccredit.gateway.routing;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import java.time.Clock;
import org.publiccredit.gateway.error.ProblemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * One route: POST /graphql to the GraphQL service, with the gateway's identity token, behind a
 * circuit breaker and a time limit.
 */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

  static final String GRAPHQL_SERVICE = "graphql-service";

  @Bean
  IdentityTokenMinter identityTokenMinter(IdentityTokenProperties properties, Clock clock) {
    return new IdentityTokenMinter(IdentityTokenMinter.readKey(properties.key()), clock,
        properties.issuer(), properties.audience(), properties.lifetime());
  }

  @Bean
  IdentityTokenCache identityTokenCache(IdentityTokenMinter minter,
      IdentityTokenProperties properties, Clock clock) {
    return new IdentityTokenCache(minter, properties.renewBefore(), clock);
  }

  /**
   * Every method is routed so that the GraphQL request stage can answer a non-POST with 405; it
   * runs first, as a global filter, and nothing but POST gets further.
   */
  @Bean
  RouteLocator graphqlRoute(RouteLocatorBuilder routes, RoutingProperties properties,
      IdentityTokenCache tokens, ReactiveCircuitBreakerFactory<?, ?> breakers,
      ResilienceProperties resilience, ProblemWriter problems,
      @Value("${management.tracing.sampling.probability:0.1}") double traceSampling) {
    IdentityTokenFilter identity = new IdentityTokenFilter(tokens, traceSampling);
    ServiceCircuitBreakerFilter breaker = new ServiceCircuitBreakerFilter(
        breakers.create(GRAPHQL_SERVICE), problems, resilience.waitInOpen(), resilience.timeout());
    return routes.routes()
        .route("graphql", route -> route
            .path("/graphql")
            .filters(filters -> filters.filter(identity).filter(breaker))
            .uri(properties.graphqlServiceUri()))
        .build();
  }

  /**
   * The registries Spring Cloud CircuitBreaker keeps breakers in (Resilience4j's own Boot
   * auto-configuration, which would make them, is left out: it targets Boot 3).
   */
  @Bean
  CircuitBreakerRegistry circuitBreakerRegistry() {
    return CircuitBreakerRegistry.ofDefaults();
  }

  @Bean
  TimeLimiterRegistry timeLimiterRegistry() {
    return TimeLimiterRegistry.ofDefaults();
  }

  /** The breaker and time limit of the route, from {@link ResilienceProperties}. */
  @Bean
  Customizer<ReactiveResilience4JCircuitBreakerFactory> graphqlServiceBreaker(
      ResilienceProperties resilience) {
    return factory -> factory.configure(builder -> builder
        .timeLimiterConfig(TimeLimiterConfig.custom()
            .timeoutDuration(resilience.timeout())
            .cancelRunningFuture(true)
            .build())
        .circuitBreakerConfig(CircuitBreakerConfig.custom()
            .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
            .slidingWindowSize(resilience.slidingWindowSize())
            .minimumNumberOfCalls(resilience.minimumCalls())
            .failureRateThreshold(resilience.failureRateThreshold())
            .waitDurationInOpenState(resilience.waitInOpen())
            .permittedNumberOfCallsInHalfOpenState(resilience.halfOpenCalls())
            .automaticTransitionFromOpenToHalfOpenEnabled(false)
            .build()), GRAPHQL_SERVICE);
  }

  @Bean
  RequestIdFilter requestIdFilter() {
    return new RequestIdFilter();
  }

  /** Named so that the health component is "graphqlService". */
  @Bean
  GraphqlServiceHealthIndicator graphqlServiceHealthIndicator(RoutingProperties properties) {
    WebClient client = WebClient.builder()
        .baseUrl(properties.graphqlServiceUri().toString())
        .build();
    return new GraphqlServiceHealthIndicator(client, properties.healthTimeout());
  }
}
