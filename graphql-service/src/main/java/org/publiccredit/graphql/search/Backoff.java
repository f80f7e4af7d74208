package org.publiccredit.graphql.search;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries a request Elasticsearch refused as a whole with 429 (a circuit breaker or a full queue:
 * nothing of it was applied) after a growing pause. Bulk imports push the node to its limits; a
 * moment later the same request usually goes through, and giving up would stop the import.
 */
final class Backoff {

  private static final Logger log = LoggerFactory.getLogger(Backoff.class);
  private static final int ATTEMPTS = 6;
  private static final Duration FIRST_PAUSE = Duration.ofMillis(500);
  private static final int TOO_MANY_REQUESTS = 429;

  /** One request to Elasticsearch. */
  @FunctionalInterface
  interface Request<T> {
    T send() throws IOException;
  }

  private Backoff() {}

  static <T> T onTooManyRequests(String what, Request<T> request) throws IOException {
    Duration pause = FIRST_PAUSE;
    for (int attempt = 1; ; attempt++) {
      try {
        return request.send();
      } catch (ElasticsearchException e) {
        if (e.status() != TOO_MANY_REQUESTS || attempt == ATTEMPTS) {
          throw e;
        }
        log.warn("Elasticsearch refused the {} ({}); retrying in {} ms", what, e.error().type(), pause.toMillis());
        sleep(pause);
        pause = pause.multipliedBy(2);
      }
    }
  }

  private static void sleep(Duration pause) throws IOException {
    try {
      Thread.sleep(pause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while waiting to retry", e);
    }
  }
}
