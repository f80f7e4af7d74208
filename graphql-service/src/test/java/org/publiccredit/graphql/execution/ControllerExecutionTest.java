package org.publiccredit.graphql.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.data.method.HandlerMethod;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;

/** Which handler methods go to a virtual thread of their own. */
class ControllerExecutionTest {

  static class Sample {
    @InMemory
    String fromTheSource() {
      return "page";
    }

    String searched() {
      return "hits";
    }

    CompletableFuture<String> batched() {
      return CompletableFuture.completedFuture("loaded");
    }

    @OnRequestThread
    String mutated() {
      return "stored";
    }
  }

  @Test
  void aPlainValueMethodIsBlockingUnlessMarkedInMemory() throws Exception {
    assertThat(ControllerExecution.BLOCKING.test(handler(Sample.class, "searched"))).isTrue();
    assertThat(ControllerExecution.BLOCKING.test(handler(Sample.class, "fromTheSource"))).isFalse();
  }

  @Test
  void aBlockingMutationMarkedOnRequestThreadIsNotHandedOver() throws Exception {
    assertThat(ControllerExecution.BLOCKING.test(handler(Sample.class, "mutated"))).isFalse();
  }

  @Test
  void theDualCheckRunsOnTheRequestThread() throws Exception {
    Class<?> controller = Class.forName("org.publiccredit.graphql.lending.DualCheckController");
    Method dualCheck = Arrays.stream(controller.getDeclaredMethods()).filter(m -> m.getName().equals("dualCheck"))
        .findFirst().orElseThrow();
    assertThat(dualCheck.isAnnotationPresent(MutationMapping.class)).isTrue();
    assertThat(ControllerExecution.BLOCKING.test(new HandlerMethod(controller, dualCheck))).isFalse();
  }

  @Test
  void anAsynchronousMethodIsNeverHandedOver() throws Exception {
    assertThat(ControllerExecution.BLOCKING.test(handler(Sample.class, "batched"))).isFalse();
  }

  @Test
  void theProfileSectionsAreInMemory() throws Exception {
    Class<?> controller = Class.forName("org.publiccredit.graphql.profile.ProfileController");
    List<Method> sections = Arrays.stream(controller.getDeclaredMethods())
        .filter(m -> m.isAnnotationPresent(SchemaMapping.class))
        .filter(m -> "CreditProfile".equals(m.getAnnotation(SchemaMapping.class).typeName()))
        .toList();

    assertThat(sections).hasSize(7).allSatisfy(m -> assertThat(m.isAnnotationPresent(InMemory.class)).as(m.getName()).isTrue());
    // Subject.profile loads through a DataLoader: asynchronous, so on the calling thread by default too.
    Method profile = Arrays.stream(controller.getDeclaredMethods()).filter(m -> m.getName().equals("profile")).findFirst().orElseThrow();
    assertThat(ControllerExecution.BLOCKING.test(new HandlerMethod(controller, profile))).isFalse();
  }

  private static HandlerMethod handler(Class<?> type, String name) throws Exception {
    return new HandlerMethod(new Sample(), type.getDeclaredMethod(name));
  }
}
