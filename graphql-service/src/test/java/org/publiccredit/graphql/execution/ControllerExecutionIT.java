package org.publiccredit.graphql.execution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.publiccredit.graphql.ServiceIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;
import org.springframework.test.util.ReflectionTestUtils;

/** The running service decides with {@link ControllerExecution#BLOCKING}, beside Boot's executor. */
class ControllerExecutionIT extends ServiceIT {

  @Autowired
  AnnotatedControllerConfigurer configurer;

  @Test
  void theConfigurerUsesThePredicateAndStillHasTheVirtualThreadExecutor() {
    assertThat(ReflectionTestUtils.getField(configurer, "blockingMethodPredicate")).isSameAs(ControllerExecution.BLOCKING);
    assertThat(configurer.getExecutor()).as("plain-value methods that may block still get a virtual thread").isNotNull();
  }
}
