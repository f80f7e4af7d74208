package org.publiccredit.graphql.limits;

import graphql.execution.instrumentation.Instrumentation;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The limits as graphql-java instrumentations (Spring for GraphQL picks up every Instrumentation bean). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestLimits.class)
class LimitsConfiguration {

  @Bean
  Instrumentation depthLimit(RequestLimits limits) {
    return new DepthLimit(limits.maxDepth());
  }

  @Bean
  Instrumentation complexityLimit(RequestLimits limits) {
    return new ComplexityLimit(limits.maxComplexity());
  }

  @Bean
  Instrumentation shapeLimits(RequestLimits limits) {
    return new ShapeLimits(limits.maxAliases(), limits.maxRootFields());
  }
}
