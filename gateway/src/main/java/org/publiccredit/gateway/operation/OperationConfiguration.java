package org.publiccredit.gateway.operation;

import org.publiccredit.gateway.auth.ReplayProtection;
import org.publiccredit.gateway.error.ProblemWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Reading and pricing the GraphQL operation of every routed call. */
@Configuration(proxyBeanMethods = false)
class OperationConfiguration {

  @Bean
  GraphqlRequestFilter graphqlRequestFilter(JsonMapper json, OperationCosts costs,
      ParserLimits limits, ProblemWriter problems, ReplayProtection replays) {
    return new GraphqlRequestFilter(new GraphqlRequestReader(json),
        new OperationParser(limits.maxTokens(), limits.cachedQueryChars()), new OperationPricer(costs), problems, replays);
  }
}
