package org.publiccredit.localplatform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.publiccredit.localstack.CreditReferenceStandIn;
import org.publiccredit.localstack.ElasticsearchNode;
import org.publiccredit.localstack.LocalRedis;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole platform on one machine: a real Elasticsearch node, a real Redis server and the
 * credit-reference stand-in in this JVM, the GraphQL service and the gateway as child processes
 * started from their jars with the local profiles in {@code config/profiles/}. Closing it stops
 * everything in reverse order.
 */
final class LocalPlatform implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalPlatform.class);

    private final PlatformSettings settings;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private @Nullable ElasticsearchNode elasticsearch;

    private LocalPlatform(PlatformSettings settings) {
        this.settings = settings;
    }

    /** Starts every part and returns once the gateway reports the whole platform UP. */
    static LocalPlatform start(PlatformSettings settings) {
        LocalPlatform platform = new LocalPlatform(settings);
        try {
            platform.startAll();
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    URI gatewayUri() {
        return URI.create("http://127.0.0.1:" + settings.gatewayPort());
    }

    URI graphqlServiceUri() {
        return URI.create("http://127.0.0.1:" + settings.graphqlPort());
    }

    URI elasticsearchUri() {
        if (elasticsearch == null) {
            throw new IllegalStateException("not started");
        }
        return elasticsearch.httpUri();
    }

    PlatformSettings settings() {
        return settings;
    }

    private void startAll() {
        Path data = settings.dataDir();
        if (settings.fresh()) {
            deleteRecursively(data);
        }
        Path logs = data.resolve("logs");
        Path config = settings.root().resolve("config");

        ElasticsearchNode elasticsearch = ElasticsearchNode.start(data.resolve("elasticsearch"), settings.elasticsearchPort());
        this.elasticsearch = elasticsearch;
        started.push(elasticsearch);
        log.info("Elasticsearch at {}", elasticsearch.httpUri());

        LocalRedis redis = LocalRedis.start(settings.redisPort());
        started.push(redis);
        log.info("Redis on 127.0.0.1:{}", redis.port());

        // PLATFORM_CREDIT_REFERENCE_JOURNAL=off (benchmarks): no request journal, a fifth of the stand-in's CPU.
        boolean journal = !"off".equals(System.getenv("PLATFORM_CREDIT_REFERENCE_JOURNAL"));
        CreditReferenceStandIn creditReference = CreditReferenceStandIn.start(settings.creditReferencePort(),
                config.resolve("credit-reference"), journal);
        started.push(creditReference);
        log.info("credit-reference stand-in at {}", creditReference.baseUrl());

        ServiceProcess graphql = ServiceProcess.start("graphql-service",
                settings.root().resolve("graphql-service/target/graphql-service.jar"), "1g",
                List.of("--spring.config.additional-location=file:config/profiles/graphql-service.yml",
                        "--server.port=" + settings.graphqlPort(),
                        "--server.address=127.0.0.1",
                        "--platform.demo-data.location=file:local-stack/demo-data/demo-subjects.jsonl",
                        "--spring.elasticsearch.uris=" + elasticsearch.httpUri(),
                        "--platform.credit-reference.base-url=" + creditReference.baseUrl()),
                settings.root(), logs, graphqlServiceUri().resolve("/actuator/health"));
        started.push(graphql);
        graphql.awaitHealthy();

        ServiceProcess gateway = ServiceProcess.start("gateway",
                settings.root().resolve("gateway/target/gateway.jar"), "512m",
                List.of("--spring.config.additional-location=file:config/profiles/gateway.yml",
                        "--server.port=" + settings.gatewayPort(),
                        "--spring.data.redis.host=127.0.0.1",
                        "--spring.elasticsearch.uris=" + elasticsearch.httpUri(),
                        "--spring.data.redis.port=" + redis.port(),
                        "--platform.gateway.routing.graphql-service-uri=" + graphqlServiceUri()),
                settings.root(), logs, gatewayUri().resolve("/actuator/health"));
        started.push(gateway);
        gateway.awaitHealthy();
    }

    @Override
    public void close() {
        while (!started.isEmpty()) {
            AutoCloseable part = started.pop();
            try {
                part.close();
            } catch (Exception e) {
                log.warn("stopping {} failed: {}", part.getClass().getSimpleName(), e.toString());
            }
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot wipe " + dir, e);
        }
    }
}
