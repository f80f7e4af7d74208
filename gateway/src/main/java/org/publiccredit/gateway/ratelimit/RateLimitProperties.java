package org.publiccredit.gateway.ratelimit;

import jakarta.validation.constraints.Min;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How plans are enforced.
 *
 * @param quotaZone the time zone whose midnight starts a new quota day (China Standard Time)
 * @param fallbackInstances how many gateway instances share the traffic: while Redis is away each
 *     instance enforces 1/n of every plan on its own, so that together they stay near the plan
 */
@Validated
@ConfigurationProperties(RateLimitProperties.PREFIX)
record RateLimitProperties(
    @DefaultValue("Asia/Shanghai") ZoneId quotaZone,
    @DefaultValue("1") @Min(1) int fallbackInstances) {

  static final String PREFIX = "platform.gateway.rate-limit";
}
