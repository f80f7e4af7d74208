package org.publiccredit.graphql.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AnswerTimeoutTest {

  private static final Duration SHORT = Duration.ofMillis(50);

  @Test
  void aRequestWithoutAnswerIsSentAgainAndItsFirstAttemptCancelled() throws IOException {
    List<CompletableFuture<String>> sent = new ArrayList<>();
    String answer = AnswerTimeout.await("bulk request", () -> {
      CompletableFuture<String> attempt = sent.isEmpty() ? new CompletableFuture<>()
          : CompletableFuture.completedFuture("answered");
      sent.add(attempt);
      return attempt;
    }, SHORT, 3);

    assertThat(answer).isEqualTo("answered");
    assertThat(sent).hasSize(2);
    assertThat(sent.get(0)).isCancelled();
  }

  @Test
  void givesUpAfterTheLastAttemptWithAnIoException() {
    AtomicInteger sent = new AtomicInteger();
    assertThatThrownBy(() -> AnswerTimeout.await("bulk request", () -> {
      sent.incrementAndGet();
      return new CompletableFuture<String>();
    }, SHORT, 3)).isInstanceOf(IOException.class).hasMessageContaining("No answer to the bulk request");
    assertThat(sent).hasValue(3);
  }

  @Test
  void aFailureIsThrownAsTheSynchronousClientWouldAndNotSentAgain() {
    AtomicInteger sent = new AtomicInteger();
    IllegalStateException refusal = new IllegalStateException("refused");
    assertThatThrownBy(() -> AnswerTimeout.await("bulk request", () -> {
      sent.incrementAndGet();
      return CompletableFuture.<String>failedFuture(refusal);
    }, SHORT, 3)).isSameAs(refusal);
    IOException io = new IOException("connection reset");
    assertThatThrownBy(() -> AnswerTimeout.await("bulk request", () -> CompletableFuture.<String>failedFuture(io), SHORT, 3))
        .isSameAs(io);
    assertThat(sent).hasValue(1);
  }
}
