package org.publiccredit.graphql.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/** Figures of the Elasticsearch node(s) an import reports beside its own. */
@Component
public class NodeStats {

  private final ElasticsearchClient client;

  NodeStats(ElasticsearchClient client) {
    this.client = client;
  }

  /**
   * CPU time the Elasticsearch processes have used so far, summed over the nodes; empty when the
   * cluster does not say (a managed service may hide it). Locally the node runs inside the
   * launcher's JVM, so this includes the launcher's other parts, which are idle during an import.
   */
  public OptionalLong processCpuMillis() {
    try {
      long total = 0;
      for (var node : client.nodes().stats(s -> s.metric("process")).nodes().values()) {
        var process = node.process();
        if (process == null || process.cpu() == null || process.cpu().totalInMillis() == null) {
          return OptionalLong.empty();
        }
        total += process.cpu().totalInMillis();
      }
      return OptionalLong.of(total);
    } catch (IOException | RuntimeException e) {
      return OptionalLong.empty();
    }
  }
}
