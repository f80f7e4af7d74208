package org.publiccredit.localstack;

import org.elasticsearch.common.settings.Settings;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ElasticsearchSettingsTest {

    @Test
    void singleNodeOnLoopbackWithDataUnderHome() {
        Settings settings = ElasticsearchNode.settings(Path.of("/tmp/es-home"), 9250);

        assertThat(settings.get("discovery.type")).isEqualTo("single-node");
        assertThat(settings.get("network.host")).isEqualTo("127.0.0.1");
        assertThat(settings.get("http.port")).isEqualTo("9250");
        assertThat(settings.get("transport.port")).contains("-");
        assertThat(settings.get("path.data")).isEqualTo(Path.of("/tmp/es-home/data").toString());
        assertThat(settings.get("cluster.routing.allocation.disk.threshold_enabled")).isEqualTo("false");
        assertThat(settings.get("http.shutdown_grace_period")).isEqualTo("5s");
    }
}
