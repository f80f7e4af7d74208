package org.publiccredit.graphql.disclosure;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * The rules file is read once at start-up, so a rule without its citation (or a period that does
 * not parse) stops the service rather than publishing by a default. The clock is a bean so tests
 * can move time.
 */
@Configuration(proxyBeanMethods = false)
class PublicityConfiguration {

  @Bean
  PublicityRules publicityRules(@Value("${platform.publicity.rules-location}") Resource location) {
    return PublicityRules.load(location);
  }

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  PublicityPolicy publicityPolicy(PublicityRules rules, Clock clock) {
    return new PublicityPolicy(rules, clock);
  }
}
