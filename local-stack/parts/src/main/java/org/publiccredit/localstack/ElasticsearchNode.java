package org.publiccredit.localstack;

import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.node.ClasspathPluginsNode;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.node.NodeValidationException;
import org.elasticsearch.transport.netty4.Netty4Plugin;
import org.publiccredit.localstack.internal.RootEndpointPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node Elasticsearch 9.5 inside this JVM, serving HTTP on 127.0.0.1. Data stays under {@code home}
 * between starts. Only core features are present (no painless, no analysis-common): see
 * {@code shared/notes/elasticsearch-local.md}.
 */
public final class ElasticsearchNode implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchNode.class);
    static final String CLUSTER_NAME = "public-credit-local";
    /** A range, so several nodes on one machine (parallel builds) each find a transport port. */
    static final String TRANSPORT_PORTS = "9300-9399";
    private static boolean loggingConfigured;

    private final Node node;
    private final URI httpUri;

    private ElasticsearchNode(Node node, URI httpUri) {
        this.node = node;
        this.httpUri = httpUri;
    }

    /** Starts the node and waits until the cluster is at least yellow; {@code httpPort} 0 picks a free port. */
    public static ElasticsearchNode start(Path home, int httpPort) {
        long started = System.nanoTime();
        Path dir = home.toAbsolutePath().normalize();
        int port = FreePorts.resolve(httpPort);
        prepareProcess(dir);
        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings(dir, port), Map.of(), null, () -> "local");
        Node node = new ClasspathPluginsNode(environment, List.of(Netty4Plugin.class, RootEndpointPlugin.class));
        URI uri = URI.create("http://127.0.0.1:" + port);
        try {
            node.start();
            ClusterHealth.awaitYellow(uri);
        } catch (NodeValidationException | RuntimeException e) {
            closeQuietly(node);
            throw new IllegalStateException("Elasticsearch node did not start on port " + port, e);
        }
        log.info("Elasticsearch node on {} started in {} ms (home {})", uri, (System.nanoTime() - started) / 1_000_000, dir);
        return new ElasticsearchNode(node, uri);
    }

    static Settings settings(Path home, int httpPort) {
        return Settings.builder()
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("cluster.name", CLUSTER_NAME)
            .put("node.name", "local-node")
            .put("discovery.type", "single-node")
            .put("network.host", "127.0.0.1")
            .put("http.port", Integer.toString(httpPort))
            .put("transport.port", TRANSPORT_PORTS)
            // CI disks are often nearly full; the watermarks would block indexing for no reason here.
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            // The parent circuit breaker by default measures the heap actually in use. The node runs in
            // the launcher's JVM with the serial collector, whose heap fills with garbage up to the next
            // collection: a bulk import then tripped the breaker at 714 of 768 MB although little was live.
            // Count only what the breakers track (requests, fielddata, in-flight bodies) instead.
            .put("indices.breaker.total.use_real_memory", false)
            // On stop the HTTP server waits for in-flight requests; without a grace period it waits forever,
            // so one request that never answers (a client killed mid-bulk) kept `./platform down` hanging.
            .put("http.shutdown_grace_period", "5s")
            .build();
    }

    /** Process-wide preparation: native libraries are not published, and ES logs go to whatever log4j backend exists. */
    private static synchronized void prepareProcess(Path home) {
        try {
            Files.createDirectories(home.resolve("config"));
            Path nativeLibs = Files.createDirectories(home.resolve("native"));
            if (System.getProperty("es.nativelibs.path") == null) {
                // Without it start-up fails with a NullPointerException; an empty folder makes ES warn and go on.
                System.setProperty("es.nativelibs.path", nativeLibs.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare Elasticsearch home " + home, e);
        }
        if (!loggingConfigured) {
            LogConfigurator.configureESLogging();
            loggingConfigured = true;
        }
    }

    /** {@code http://127.0.0.1:<port>}. */
    public URI httpUri() {
        return httpUri;
    }

    @Override
    public void close() {
        closeQuietly(node);
        log.info("Elasticsearch node on {} stopped", httpUri);
    }

    private static void closeQuietly(Node node) {
        try {
            node.close();
            if (!node.awaitClose(30, TimeUnit.SECONDS)) {
                log.warn("Elasticsearch node did not close within 30 s");
            }
        } catch (IOException e) {
            log.warn("Elasticsearch node did not close cleanly", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
