package org.publiccredit.graphql.security;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires {@link RequiredScopes} into the schema Spring for GraphQL builds. */
@Configuration(proxyBeanMethods = false)
class ScopeConfiguration {

  @Bean
  GraphQlSourceBuilderCustomizer requiredScopes() {
    return builder -> builder.typeVisitors(java.util.List.of(new RequiredScopes()));
  }
}
