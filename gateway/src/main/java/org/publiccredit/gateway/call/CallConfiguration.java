package org.publiccredit.gateway.call;

import java.time.Clock;
import org.publiccredit.gateway.error.ProblemExceptionHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Publishes every call's outcome to the {@link CallOutcomeListener} beans. */
@Configuration(proxyBeanMethods = false)
class CallConfiguration {

  @Bean
  CallOutcomeFilter callOutcomeFilter(ObjectProvider<CallOutcomeListener> listeners,
      ProblemExceptionHandler problems, Clock clock) {
    return new CallOutcomeFilter(listeners.orderedStream().toList(), problems, clock);
  }
}
