package org.publiccredit.graphql.execution;

import java.util.function.Predicate;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ReactiveAdapterRegistry;
import org.springframework.graphql.data.method.HandlerMethod;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;

/**
 * With virtual threads on, Spring Boot gives Spring for GraphQL an executor, and every handler
 * method that returns a plain value is then called on a new virtual thread, with a snapshot of the
 * request's context copied for it. For a profile that was seven hand-offs and copies per subject
 * (one per section) for methods that only pick a page out of the profile already read, about a
 * seventh of the service's allocation per profile (docs/decisions.md). Methods marked
 * {@link InMemory} are called directly; every other plain-value method still goes to the executor,
 * as Spring for GraphQL decides by default (an asynchronous return type is never handed over).
 * Methods marked {@link OnRequestThread} (blocking root mutations) are called directly too.
 */
@Configuration(proxyBeanMethods = false)
class ControllerExecution {

  /**
   * Blocking unless the method returns an asynchronous type or is marked {@link InMemory} or
   * {@link OnRequestThread}.
   */
  static final Predicate<HandlerMethod> BLOCKING = method ->
      ReactiveAdapterRegistry.getSharedInstance().getAdapter(method.getReturnType().getParameterType()) == null
          && !method.hasMethodAnnotation(InMemory.class) && !method.hasMethodAnnotation(OnRequestThread.class);

  @Bean
  static BeanPostProcessor inMemoryHandlerMethods() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof AnnotatedControllerConfigurer configurer) {
          configurer.setBlockingMethodPredicate(BLOCKING);
        }
        return bean;
      }
    };
  }
}
