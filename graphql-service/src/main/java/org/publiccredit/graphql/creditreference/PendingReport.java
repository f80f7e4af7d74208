package org.publiccredit.graphql.creditreference;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * A report query under way on its own virtual thread, from {@link CreditReferenceClient#start};
 * {@link CreditReferenceClient#outcome} waits for it. Knows when its attempts began (the time
 * limiter's limit counts from there, as when the limiter ran them: a wait for a carrier thread on a
 * saturated machine is not the remote's slowness) and ended (for the dual-check's stage times).
 */
public final class PendingReport {

  private volatile long startedNanos;
  private volatile long finishedNanos;
  private final Future<JsonNode> call;

  PendingReport(ExecutorService threads, Supplier<JsonNode> attempts) {
    this.call = threads.submit(() -> {
      startedNanos = System.nanoTime();
      try {
        return attempts.get();
      } finally {
        finishedNanos = System.nanoTime();
      }
    });
  }

  /** {@link System#nanoTime()} when the attempts ended, or 0 while they go on. */
  public long finishedNanos() {
    return finishedNanos;
  }

  /** Since the attempts began; 0 while they wait to begin (the caller's own budget still bounds the wait). */
  long elapsedNanos() {
    long started = startedNanos;
    return started == 0 ? 0 : System.nanoTime() - started;
  }

  JsonNode get(long timeoutNanos) throws InterruptedException, ExecutionException, TimeoutException {
    return call.get(timeoutNanos, TimeUnit.NANOSECONDS);
  }

  void cancel(boolean interrupt) {
    call.cancel(interrupt);
  }
}
