package org.publiccredit.gateway.observability;

import io.micrometer.core.instrument.MeterRegistry;
import org.publiccredit.gateway.error.ProblemWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Call metrics and the network restriction of the scrape. */
@Configuration(proxyBeanMethods = false)
class ObservabilityConfiguration {

  @Bean
  CallMetrics callMetrics(MeterRegistry registry, MetricsProperties properties) {
    return new CallMetrics(registry, properties.maxOperationNames());
  }

  @Bean
  MetricsNetworkFilter metricsNetworkFilter(MetricsProperties properties, ProblemWriter problems) {
    return new MetricsNetworkFilter(properties.allowedNetworks(), problems);
  }
}
