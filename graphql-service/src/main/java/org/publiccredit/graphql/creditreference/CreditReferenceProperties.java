package org.publiccredit.graphql.creditreference;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The central bank's credit reference service (a front-end processor's HTTP API). The resilience
 * settings (time limit, retry, circuit breaker, bulkhead) are Resilience4j's, under
 * {@code resilience4j.*.instances.creditReference}; all of them, with these timeouts, are set from
 * the remote's contract in config/lending/credit-reference.yml.
 *
 * @param baseUrl e.g. {@code http://127.0.0.1:8089}; paths {@code /credit-reference/v2/...} follow
 * @param healthTimeout connect and read timeout of the health probe; short, since health is polled
 * @param connectTimeout how long one attempt may take to connect; a refused or slow connect is
 *     retried, so keep it well under the time limit
 * @param readTimeout how long one attempt waits for the report: the contract's p99 answer time
 *     (config/lending/credit-reference.yml); a timed-out attempt is retried while the time limit
 *     allows
 * @param compression whether to ask for a compressed answer ({@code Accept-Encoding: gzip, deflate},
 *     which Spring's JDK request factory sends unless told not to); off: a report is a few KB on the
 *     bank's own link to the front-end processor, and compressing and inflating it cost CPU on
 *     both ends of every query (config/lending/credit-reference.yml)
 */
@ConfigurationProperties(CreditReferenceProperties.PREFIX)
public record CreditReferenceProperties(
    URI baseUrl,
    @DefaultValue("2s") Duration healthTimeout,
    @DefaultValue("300ms") Duration connectTimeout,
    @DefaultValue("800ms") Duration readTimeout,
    @DefaultValue("false") boolean compression) {

  static final String PREFIX = "platform.credit-reference";
}
