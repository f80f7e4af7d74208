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
  Instrumentation operationLimits(RequestLimits limits) {
    return new OperationLimits(limits);
  }
}
