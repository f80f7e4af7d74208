package org.publiccredit.gateway.routing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The circuit breaker and time limit on the route to the GraphQL service (application.yml gives
 * the reasons for the values).
 *
 * @param timeout how long a call may wait for the service's answer before the gateway answers 503
 * @param failureRateThreshold the percentage of failed calls in the window that opens the breaker
 * @param slidingWindowSize how many recent calls the failure rate is computed over
 * @param minimumCalls how many calls the window needs before the rate counts
 * @param waitInOpen how long an open breaker refuses calls before letting trial calls through
 * @param halfOpenCalls how many trial calls decide whether the breaker closes again
 */
@Validated
@ConfigurationProperties(ResilienceProperties.PREFIX)
record ResilienceProperties(
    @DefaultValue("10s") Duration timeout,
    @DefaultValue("50") @Min(1) @Max(100) int failureRateThreshold,
    @DefaultValue("20") @Min(1) int slidingWindowSize,
    @DefaultValue("10") @Min(1) int minimumCalls,
    @DefaultValue("15s") Duration waitInOpen,
    @DefaultValue("3") @Min(1) int halfOpenCalls) {

  static final String PREFIX = "platform.gateway.routing.resilience";
}
