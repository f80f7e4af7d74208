package org.publiccredit.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.publiccredit.localstack.junit.LocalStack;
import org.publiccredit.localstack.junit.LocalStackExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(LocalStackExtension.class)
class ElasticsearchNodeIT {

    private final URI node = LocalStack.elasticsearchUri();

    @Test
    void listensOnLoopbackOnly() {
        assertThat(node.getHost()).isEqualTo("127.0.0.1");
        assertThat(node.getPort()).isPositive();
    }

    @Test
    void clusterIsGreenOrYellow() {
        HttpResponse<String> health = Http.get(node.resolve("/_cluster/health"));

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).containsPattern("\"status\":\"(green|yellow)\"");
    }

    @Test
    void rootAnswersLikeTheStockNode() {
        HttpResponse<String> root = Http.get(node.resolve("/"));

        assertThat(root.statusCode()).isEqualTo(200);
        assertThat(root.body())
            .contains("\"cluster_name\"", "\"cluster_uuid\"", "\"tagline\"", "You Know, for Search")
            .contains("\"number\"", "9.5.3", "\"lucene_version\"", "\"minimum_wire_compatibility_version\"");
        assertThat(Http.head(node.resolve("/")).statusCode()).isEqualTo(200);
    }

    @Test
    void aSecondNodeKeepsItsDataAcrossARestart() {
        Path home = Path.of("target", "local-stack", "restart-it").toAbsolutePath();
        String id = Long.toString(System.nanoTime());
        try (ElasticsearchNode first = ElasticsearchNode.start(home, 0)) {
            assertThat(Http.put(first.httpUri().resolve("/restart-it/_doc/" + id + "?refresh=true"), "{\"kept\":true}").statusCode())
                .isIn(200, 201);
        }
        try (ElasticsearchNode second = ElasticsearchNode.start(home, 0)) {
            assertThat(Http.get(second.httpUri().resolve("/restart-it/_doc/" + id)).body()).contains("\"found\":true");
        }
    }

    @Test
    void indexesAndGetsADocument() {
        HttpResponse<String> indexed = Http.put(node.resolve("/it-subjects/_doc/1?refresh=true"),
            "{\"name\":\"嘉祥县示范科技有限公司\",\"code\":\"91370982MA3C4A1Q19\"}");
        HttpResponse<String> fetched = Http.get(node.resolve("/it-subjects/_doc/1"));

        assertThat(indexed.statusCode()).isIn(200, 201);
        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(fetched.body()).contains("\"found\":true", "嘉祥县示范科技有限公司");
    }

    @Test
    void stopsWithinItsGracePeriodWhileARequestIsStillOpen() throws Exception {
        Path home = Path.of("target", "local-stack", "stop-it").toAbsolutePath();
        ElasticsearchNode second = ElasticsearchNode.start(home, 0);
        // A single node never has two nodes: this request stays open until its 120 s timeout.
        CompletableFuture<HttpResponse<Void>> pending = HttpClient.newHttpClient().sendAsync(
            HttpRequest.newBuilder(second.httpUri().resolve("/_cluster/health?wait_for_nodes=2&timeout=120s")).build(),
            HttpResponse.BodyHandlers.discarding());
        Thread.sleep(500);
        assertThat(pending).isNotDone();

        CompletableFuture<Void> closed = CompletableFuture.runAsync(second::close);

        assertThat(closed).succeedsWithin(Duration.ofSeconds(20));
        pending.cancel(true);
    }
}
