package org.publiccredit.gateway.observability;

import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who may scrape the metrics, and how many operation names they keep apart.
 *
 * @param allowedNetworks addresses or CIDR ranges /actuator/prometheus answers; env
 *     PLATFORM_METRICS_ALLOWED_NETWORKS (comma-separated)
 * @param maxOperationNames distinct operation names kept as a tag; the names are the clients'
 *     own choice, so beyond this many the rest are counted under "other"
 */
@Validated
@ConfigurationProperties(MetricsProperties.PREFIX)
record MetricsProperties(
    @DefaultValue({"127.0.0.1/32", "::1/128"}) List<String> allowedNetworks,
    @DefaultValue("200") @Min(1) int maxOperationNames) {

  static final String PREFIX = "platform.gateway.metrics";
}
