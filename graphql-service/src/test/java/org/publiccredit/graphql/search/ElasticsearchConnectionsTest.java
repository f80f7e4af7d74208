package org.publiccredit.graphql.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.junit.jupiter.api.Test;

class ElasticsearchConnectionsTest {

  @Test
  void thePoolIsSizedFromTheSettingsNotTheClientsTenConnections() {
    var builder = PoolingAsyncClientConnectionManagerBuilder.create().setMaxConnPerRoute(10).setMaxConnTotal(30);

    new ElasticsearchConnections(new ElasticsearchConnections.Settings(128, 256)).customize(builder);

    try (PoolingAsyncClientConnectionManager pool = builder.build()) {
      assertThat(pool.getDefaultMaxPerRoute()).isEqualTo(128);
      assertThat(pool.getMaxTotal()).isEqualTo(256);
    }
  }

  @Test
  void aTotalBelowThePerNodeLimitIsRefused() {
    assertThatThrownBy(() -> new ElasticsearchConnections.Settings(64, 32))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max-per-node");
  }
}
