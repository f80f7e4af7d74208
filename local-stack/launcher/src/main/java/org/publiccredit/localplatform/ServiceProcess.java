package org.publiccredit.localplatform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One of the two Spring services, run from its jar as a child process with its output in a log
 * file. A separate JVM per service is what production looks like, and keeps the services'
 * classpaths free of anything in the local stack.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ServiceProcess.class);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final String name;
    private final Process process;
    private final Path logFile;
    private final URI healthUri;

    private ServiceProcess(String name, Process process, Path logFile, URI healthUri) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.healthUri = healthUri;
    }

    /** Starts {@code jar} with {@code heap} and the Spring arguments, from {@code workDir}. */
    static ServiceProcess start(String name, Path jar, String heap, List<String> springArgs, Path workDir,
                                Path logDir, URI healthUri) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (./platform up builds it)");
        }
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.add("-Xmx" + heap);
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.addAll(DEFAULT_JAVA_OPTIONS.getOrDefault(name, List.of()));
        command.addAll(javaOptions(name));
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(springArgs);
        try {
            Files.createDirectories(logDir);
            Path logFile = logDir.resolve(name + ".log");
            Process process = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile())
                    .start();
            log.info("started {} (pid {}), log in {}", name, process.pid(), logFile);
            return new ServiceProcess(name, process, logFile, healthUri);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /**
     * Both services run the serial collector: with small heaps, small live sets and two cores
     * shared with everything else, G1's pauses under load were 55 ms median and 230 ms at p90 in
     * the gateway (635 ms in 30 s at 64 clients; its concurrent threads compete with the request
     * threads), the serial collector's 4 ms median, 10 ms at most (29 ms in 30 s); the service's
     * G1 pauses under dual-check load were 56 ms median, 337 ms at p90. The JVM itself chooses the
     * serial collector below two processors. A production deployment on more cores should measure
     * again (docs/benchmarks.md has the pauses per benchmark row). In both services nearly
     * everything allocated lives for one call, and a young collection copies what the calls in
     * flight hold at that moment, whatever the young generation's size: a larger one means fewer
     * pauses, not longer ones. The service's heap (1 GB) is all committed from the start with a
     * 600 MB young generation (60 to 90 MB in flight under 256 profile clients; 15 pauses, 5.9 s in
     * 30 s with 512 MB; 3, 0.9 s with this). The gateway's young generation is half its heap (its
     * old generation held about 40 MB).
     */
    private static final Map<String, List<String>> DEFAULT_JAVA_OPTIONS =
            Map.of("gateway", List.of("-XX:+UseSerialGC", "-Xmn256m"),
                    "graphql-service", List.of("-XX:+UseSerialGC", "-Xms1g", "-Xmn600m"));

    /**
     * Extra JVM options from {@code PLATFORM_<NAME>_JAVA_OPTS} (e.g. PLATFORM_GATEWAY_JAVA_OPTS for
     * "gateway"), split at white space, after the defaults so that they win: for a benchmark's GC
     * or a JFR recording without rebuilding the launcher.
     */
    static List<String> javaOptions(String name) {
        String variable = "PLATFORM_" + name.toUpperCase(Locale.ROOT).replace('-', '_') + "_JAVA_OPTS";
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? List.of() : List.of(value.strip().split("\\s+"));
    }

    /** Waits until {@code /actuator/health} says UP, or fails with the end of the service's log. */
    void awaitHealthy() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        String last = "no answer yet";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(healthUri).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    log.info("{} is UP", name);
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException(name + " not healthy after " + START_TIMEOUT + " (last: " + last + "):\n" + tail());
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                log.warn("{} did not stop within 30 s; killing it", name);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        log.info("stopped {}", name);
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
