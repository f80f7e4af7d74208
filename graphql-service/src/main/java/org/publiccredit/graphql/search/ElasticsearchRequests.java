package org.publiccredit.graphql.search;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import org.springframework.boot.elasticsearch.autoconfigure.Rest5ClientBuilderCustomizer;
import org.springframework.stereotype.Component;

/**
 * Counts the HTTP requests this service sends to Elasticsearch. Batched loading promises a bounded
 * number of requests per GraphQL call; this is where that is measured (tests, and an operator
 * looking at {@link #count()} deltas).
 */
@Component
public class ElasticsearchRequests implements Rest5ClientBuilderCustomizer {

  private final AtomicLong count = new AtomicLong();

  public long count() {
    return count.get();
  }

  @Override
  public void customize(Rest5ClientBuilder builder) {
    // Nothing on the low-level builder; the interceptor goes on the HTTP client below.
  }

  @Override
  public void customize(HttpAsyncClientBuilder builder) {
    builder.addRequestInterceptorFirst((request, entity, context) -> count.incrementAndGet());
  }
}
