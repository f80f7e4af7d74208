package org.publiccredit.localstack.junit;

import org.publiccredit.localstack.CreditReferenceStandIn;
import org.publiccredit.localstack.ElasticsearchNode;
import org.publiccredit.localstack.LocalRedis;
import org.publiccredit.localstack.RepositoryLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One Elasticsearch node, one Redis and one credit-reference stand-in per test JVM, each started on first use on a
 * free port and stopped when the JVM exits. Data lives under {@code <cwd>/target/local-stack/}, wiped at first use so
 * every JVM starts empty.
 */
public final class LocalStack {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);
    private static final Path DATA = Path.of("target", "local-stack").toAbsolutePath();

    private LocalStack() {
    }

    /** {@code http://127.0.0.1:<port>} of the node, for {@code spring.elasticsearch.uris}. */
    public static URI elasticsearchUri() {
        return Elasticsearch.NODE.httpUri();
    }

    /** For {@code spring.data.redis.port}; the host is 127.0.0.1. */
    public static int redisPort() {
        return redis().port();
    }

    /**
     * The Redis process, to {@link LocalRedis#stop()} and {@link LocalRedis#restart()} it in outage tests. It is shared
     * by every test class in the JVM: restart it in a {@code finally} or {@code @AfterEach}.
     */
    public static LocalRedis redis() {
        return Redis.SERVER;
    }

    /** The stand-in serving {@code config/credit-reference/}; tests call {@code reset()} after changing it. */
    public static CreditReferenceStandIn creditReference() {
        return CreditReference.STAND_IN;
    }

    /** Starts all three (used by {@link LocalStackExtension}). */
    static void startAll() {
        redis();
        creditReference();
        elasticsearchUri();
    }

    // Holder classes: each server starts on first access, thread-safely, and only the ones a test uses.
    private static final class Elasticsearch {
        static final ElasticsearchNode NODE = stopAtExit(ElasticsearchNode.start(freshDirectory("elasticsearch"), 0));
    }

    private static final class Redis {
        static final LocalRedis SERVER = stopAtExit(LocalRedis.start(0));
    }

    private static final class CreditReference {
        static final CreditReferenceStandIn STAND_IN =
            stopAtExit(CreditReferenceStandIn.start(0, RepositoryLayout.config().resolve("credit-reference")));
    }

    private static <T extends AutoCloseable> T stopAtExit(T server) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                log.warn("could not stop {}", server.getClass().getSimpleName(), e);
            }
        }, "local-stack-stop-" + server.getClass().getSimpleName()));
        return server;
    }

    private static Path freshDirectory(String name) {
        Path dir = DATA.resolve(name);
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> paths = Files.walk(dir)) {
                    for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + dir, e);
        }
    }
}
