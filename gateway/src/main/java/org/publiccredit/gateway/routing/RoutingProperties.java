package org.publiccredit.gateway.routing;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where authenticated calls go.
 *
 * @param graphqlServiceUri the GraphQL service's base URI; env PLATFORM_GRAPHQL_SERVICE_URI
 * @param healthTimeout how long the gateway's health check waits for the service's health
 */
@ConfigurationProperties(RoutingProperties.PREFIX)
record RoutingProperties(
    @DefaultValue("http://127.0.0.1:8081") URI graphqlServiceUri,
    @DefaultValue("2s") Duration healthTimeout) {

  static final String PREFIX = "platform.gateway.routing";
}
