package org.publiccredit.localstack;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;
import redis.embedded.core.ExecutableProvider;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * A real {@code redis-server} process on 127.0.0.1, from the binary shipped in embedded-redis. {@link #stop()} and
 * {@link #restart()} keep the port, so tests can take Redis away and bring it back (fail-closed replay protection).
 */
public final class LocalRedis implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalRedis.class);
    /** Used only when the binary inside the jar cannot run here (another OS or architecture, noexec temp dir). */
    static final File SYSTEM_REDIS = new File("/usr/bin/redis-server");

    private final int port;
    private @Nullable RedisServer server;

    private LocalRedis(int port) {
        this.port = port;
    }

    /** Starts redis-server on {@code port}; 0 picks a free port. */
    public static LocalRedis start(int port) {
        LocalRedis redis = new LocalRedis(FreePorts.resolve(port));
        redis.startProcess();
        return redis;
    }

    public int port() {
        return port;
    }

    /** Ends the process; the port stays reserved for {@link #restart()}. Does nothing when already stopped. */
    public synchronized void stop() {
        RedisServer running = server;
        server = null;
        if (running == null || !running.isActive()) {
            return;
        }
        try {
            running.stop();
            FreePorts.awaitReleased(port, Duration.ofSeconds(5));
            log.info("redis-server on 127.0.0.1:{} stopped", port);
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop redis-server on port " + port, e);
        }
    }

    /** Stops (if running) and starts a fresh, empty redis-server on the same port. */
    public synchronized void restart() {
        stop();
        startProcess();
    }

    public synchronized boolean isRunning() {
        return server != null && server.isActive();
    }

    @Override
    public void close() {
        stop();
    }

    private synchronized void startProcess() {
        long started = System.nanoTime();
        try {
            server = launch(ExecutableProvider.newJarResourceProvider());
        } catch (IOException | RuntimeException embeddedFailed) {
            if (!SYSTEM_REDIS.canExecute()) {
                throw new IllegalStateException("redis-server from embedded-redis did not start on port " + port, embeddedFailed);
            }
            log.warn("embedded redis-server did not start ({}); using {}", embeddedFailed.toString(), SYSTEM_REDIS);
            try {
                server = launch(() -> SYSTEM_REDIS);
            } catch (IOException e) {
                e.addSuppressed(embeddedFailed);
                throw new UncheckedIOException("no redis-server could start on port " + port, e);
            }
        }
        log.info("redis-server on 127.0.0.1:{} started in {} ms", port, (System.nanoTime() - started) / 1_000_000);
    }

    private RedisServer launch(ExecutableProvider executable) throws IOException {
        RedisServer candidate = RedisServer.newRedisServer()
            .executableProvider(executable)
            .bind("127.0.0.1")
            .port(port)
            // A cache for nonces and rate limits: nothing to persist, and no dump file in the temp dir.
            .setting("save \"\"")
            .setting("appendonly no")
            .onShutdownForceStop(true)
            .build();
        candidate.start();
        return candidate;
    }
}
