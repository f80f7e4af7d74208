package org.publiccredit.graphql.creditreference;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The central bank's credit reference service (a front-end processor's HTTP API).
 *
 * @param baseUrl e.g. {@code http://127.0.0.1:8089}; paths {@code /credit-reference/v2/...} follow
 * @param healthTimeout connect and read timeout of the health probe; short, since health is polled
 */
@ConfigurationProperties(CreditReferenceProperties.PREFIX)
record CreditReferenceProperties(URI baseUrl, @DefaultValue("2s") Duration healthTimeout) {

  static final String PREFIX = "platform.credit-reference";
}
