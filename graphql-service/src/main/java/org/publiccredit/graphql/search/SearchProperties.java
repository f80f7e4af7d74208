package org.publiccredit.graphql.search;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Elasticsearch settings of this service (the connection itself is {@code spring.elasticsearch.*}).
 *
 * @param startupTimeout how long start-up waits for Elasticsearch to answer before giving up;
 *     services and the node are often started together
 */
@ConfigurationProperties(SearchProperties.PREFIX)
record SearchProperties(@DefaultValue("60s") Duration startupTimeout) {

  static final String PREFIX = "platform.search";
}
