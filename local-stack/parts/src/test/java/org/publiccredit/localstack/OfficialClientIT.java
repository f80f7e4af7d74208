package org.publiccredit.localstack;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.publiccredit.localstack.junit.LocalStack;
import org.publiccredit.localstack.junit.LocalStackExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The services talk to the node through the official Java client (Spring Boot's managed version). */
@ExtendWith(LocalStackExtension.class)
class OfficialClientIT {

    @Test
    void infoPingAndHealthWork() throws Exception {
        try (Rest5Client rest = Rest5Client.builder(LocalStack.elasticsearchUri()).build();
             Rest5ClientTransport transport = new Rest5ClientTransport(rest, new Jackson3JsonpMapper())) {
            ElasticsearchClient client = new ElasticsearchClient(transport);

            assertThat(client.info().version().number()).isEqualTo("9.5.3");
            assertThat(client.ping().value()).isTrue();
            assertThat(client.cluster().health().status()).isIn(HealthStatus.Green, HealthStatus.Yellow);
        }
    }
}
