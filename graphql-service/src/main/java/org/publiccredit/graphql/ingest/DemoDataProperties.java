package org.publiccredit.graphql.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * The demo dataset, loaded at start-up when set (local stack only; unset in production).
 *
 * @param location a JSON Lines file: one subject with its records per line
 */
@ConfigurationProperties(DemoDataProperties.PREFIX)
record DemoDataProperties(Resource location) {

  static final String PREFIX = "platform.demo-data";
}
