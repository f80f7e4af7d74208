package org.publiccredit.graphql.search;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for an Elasticsearch answer for a bounded time and sends the request again when none came.
 * The client's socket timeout only covers a request that is on the wire: imports stalled on a bulk
 * whose answer never reached the caller although the node had no such request in progress and both
 * of the importer's connections were idle (thread dump, the node's HTTP client statistics;
 * docs/decisions.md). Only idempotent requests go through here (deterministic ids, conditional
 * writes), so sending one again is safe: what the first attempt wrote comes back as a conflict and
 * is read again.
 */
final class AnswerTimeout {

  private static final Logger log = LoggerFactory.getLogger(AnswerTimeout.class);

  private AnswerTimeout() {}

  static <T> T await(String what, Supplier<CompletableFuture<T>> send, Duration timeout, int attempts)
      throws IOException {
    for (int attempt = 1; ; attempt++) {
      CompletableFuture<T> answer = send.get();
      try {
        return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        answer.cancel(true);
        if (attempt == attempts) {
          throw new IOException("No answer to the " + what + " within " + timeout + ", " + attempts + " times");
        }
        log.warn("No answer to the {} within {} ms; sending it again (attempt {} of {})", what, timeout.toMillis(),
            attempt + 1, attempts);
      } catch (ExecutionException e) {
        throw unwrapped(e.getCause());
      } catch (InterruptedException e) {
        answer.cancel(true);
        Thread.currentThread().interrupt();
        throw new IOException("Interrupted while waiting for the " + what, e);
      }
    }
  }

  /** The failure as the synchronous client would have thrown it. */
  private static IOException unwrapped(Throwable cause) {
    Throwable failure = cause instanceof CompletionException && cause.getCause() != null ? cause.getCause() : cause;
    if (failure instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    return failure instanceof IOException io ? io : new IOException(failure);
  }
}
