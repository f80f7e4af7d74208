package org.publiccredit.gateway.routing;

import java.time.Clock;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.WebClient;

/** One route: POST /graphql to the GraphQL service, with the gateway's identity token. */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

  @Bean
  IdentityTokenMinter identityTokenMinter(IdentityTokenProperties properties, Clock clock) {
    return new IdentityTokenMinter(IdentityTokenMinter.readKey(properties.key()), clock,
        properties.issuer(), properties.audience(), properties.lifetime());
  }

  @Bean
  RouteLocator graphqlRoute(RouteLocatorBuilder routes, RoutingProperties properties,
      IdentityTokenMinter minter) {
    IdentityTokenFilter identity = new IdentityTokenFilter(minter);
    return routes.routes()
        .route("graphql", route -> route
            .path("/graphql").and().method(HttpMethod.POST)
            .filters(filters -> filters.filter(identity))
            .uri(properties.graphqlServiceUri()))
        .build();
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
