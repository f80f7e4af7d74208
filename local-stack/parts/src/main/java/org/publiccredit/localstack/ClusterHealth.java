package org.publiccredit.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Waits for the node over its public HTTP API, the same way a service would see it. */
final class ClusterHealth {

    private ClusterHealth() {
    }

    static void awaitYellow(URI node) {
        HttpRequest request = HttpRequest.newBuilder(node.resolve("/_cluster/health?wait_for_status=yellow&timeout=60s"))
            .timeout(Duration.ofSeconds(70))
            .GET()
            .build();
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || response.body().contains("\"timed_out\":true")) {
                throw new IllegalStateException("cluster not yellow: " + response.statusCode() + " " + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("cluster health unreachable at " + node, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for cluster health", e);
        }
    }
}
