package org.publiccredit.graphql.search;

import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.elasticsearch.autoconfigure.Rest5ClientBuilderCustomizer;
import org.springframework.stereotype.Component;

/**
 * Sizes the Elasticsearch client's connection pool. The client's default (10 connections to a
 * node) made every request of the service queue behind ten in-flight ones: a dual-check makes two
 * or three Elasticsearch requests, so at 100 checks a second a round trip slower than about 30 ms
 * (a busy node, a shared machine) built a queue without bound; thread dumps showed 170 checks
 * waiting for a connection while the node itself spent under 2 ms per request. Concurrency is
 * bounded where requests enter the service, not here.
 */
@Component
@EnableConfigurationProperties(ElasticsearchConnections.Settings.class)
class ElasticsearchConnections implements Rest5ClientBuilderCustomizer {

  /**
   * @param maxPerNode connections to one Elasticsearch node
   * @param maxTotal connections to all nodes together
   */
  @ConfigurationProperties("platform.search.connections")
  record Settings(@DefaultValue("128") int maxPerNode, @DefaultValue("256") int maxTotal) {

    Settings {
      if (maxPerNode < 1 || maxTotal < maxPerNode) {
        throw new IllegalArgumentException("platform.search.connections: need 1 <= max-per-node <= max-total");
      }
    }
  }

  private final Settings settings;

  ElasticsearchConnections(Settings settings) {
    this.settings = settings;
  }

  @Override
  public void customize(Rest5ClientBuilder builder) {
    // The pool is configured below.
  }

  @Override
  public void customize(PoolingAsyncClientConnectionManagerBuilder builder) {
    builder.setMaxConnPerRoute(settings.maxPerNode()).setMaxConnTotal(settings.maxTotal());
  }
}
