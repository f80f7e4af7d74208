package org.publiccredit.graphql.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A request refused with 429 is sent again; any other refusal is not. */
class BackoffTest {

  @Test
  void aRequestRefusedByACircuitBreakerIsRetriedUntilItGoesThrough() throws Exception {
    AtomicInteger sent = new AtomicInteger();

    String answer = Backoff.onTooManyRequests("bulk", () -> {
      if (sent.incrementAndGet() < 3) {
        throw refusal(429, "circuit_breaking_exception");
      }
      return "ok";
    });

    assertThat(answer).isEqualTo("ok");
    assertThat(sent).hasValue(3);
  }

  @Test
  void otherRefusalsAreNotRetried() {
    AtomicInteger sent = new AtomicInteger();

    assertThatThrownBy(() -> Backoff.onTooManyRequests("bulk", () -> {
      sent.incrementAndGet();
      throw refusal(400, "mapper_parsing_exception");
    })).isInstanceOf(ElasticsearchException.class);
    assertThat(sent).hasValue(1);
  }

  private static ElasticsearchException refusal(int status, String type) {
    return new ElasticsearchException("bulk", ErrorResponse.of(r -> r.status(status)
        .error(e -> e.type(type).reason("refused"))));
  }
}
