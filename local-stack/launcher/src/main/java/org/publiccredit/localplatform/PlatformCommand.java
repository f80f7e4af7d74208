package org.publiccredit.localplatform;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.publiccredit.localplatform.generate.GenerateCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Java side of {@code ./platform}: {@code up} runs the local platform until interrupted,
 * {@code call} signs and sends one GraphQL request, {@code generate} writes city-scale import files. The shell script finds the JDK, builds, and
 * handles {@code down} and {@code test}.
 */
public final class PlatformCommand {

    private static final Logger log = LoggerFactory.getLogger(PlatformCommand.class);

    private PlatformCommand() {
    }

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("platform.root", ".")).toAbsolutePath().normalize();
        List<String> arguments = Arrays.asList(args);
        if (arguments.isEmpty()) {
            System.err.println("usage: up [--fresh] | call --client <id> --query <graphql> [--variables <json>] | generate --scale <s> --seed <n> --out <dir>");
            System.exit(2);
        }
        try {
            int status = switch (arguments.getFirst()) {
                case "up" -> up(root, arguments.contains("--fresh"));
                case "call" -> SignedCall.run(root, arguments.subList(1, arguments.size()), System.out, System.err);
                case "generate" -> GenerateCommand.run(root, arguments.subList(1, arguments.size()), System.out, System.err);
                default -> {
                    System.err.println("unknown command: " + arguments.getFirst());
                    yield 2;
                }
            };
            System.exit(status);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    private static int up(Path root, boolean fresh) {
        PlatformSettings settings = PlatformSettings.fromEnvironment(root, System.getenv(), fresh);
        Path pidFile = settings.dataDir().resolve("launcher.pid");
        CountDownLatch stopped = new CountDownLatch(1);
        LocalPlatform platform;
        try {
            platform = LocalPlatform.start(settings);
        } catch (RuntimeException e) {
            log.error("the platform did not start: {}", e.getMessage());
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("stopping the platform ...");
            platform.close();
            deleteQuietly(pidFile);
            stopped.countDown();
        }, "platform-shutdown"));
        writePid(pidFile);
        printBanner(System.out, platform);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static void printBanner(PrintStream out, LocalPlatform platform) {
        PlatformSettings s = platform.settings();
        out.printf("""

                Public Credit Open API is up.

                  gateway          %s/graphql   (POST, signed; GET %s/actuator/health)
                  graphql-service  %s   (loopback only; accepts only calls the gateway vouches for)
                  elasticsearch    http://127.0.0.1:%d
                  redis            127.0.0.1:%d
                  credit reference http://127.0.0.1:%d   (WireMock stand-in; admin API under /__admin)
                  data and logs    %s

                Demo clients (DEMO ONLY keys, in config/demo-keys/):
                  demo-bank    BANK        ed25519            config/demo-keys/demo-bank.key
                  demo-tax     TAX_BUREAU  ecdsa-p256-sha256  config/demo-keys/demo-tax.key
                  demo-dept    DEPARTMENT  hmac-sha256        config/demo-keys/demo-dept.key
                  demo-portal  PORTAL      ed25519            config/demo-keys/demo-portal.key
                  demo-admin   PLATFORM_ADMIN ed25519         config/demo-keys/demo-admin.key

                Try:
                  ./platform call --client demo-bank --query '{ subject(code: "91370982MA3C4A1Q19") { name } }'

                Ctrl-C or ./platform down stops everything.
                """, platform.gatewayUri(), platform.gatewayUri(), platform.graphqlServiceUri(),
                s.elasticsearchPort(), s.redisPort(), s.creditReferencePort(), s.dataDir());
        out.flush();
    }

    private static void writePid(Path pidFile) {
        try {
            Files.createDirectories(pidFile.getParent());
            Files.writeString(pidFile, Long.toString(ProcessHandle.current().pid()), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            log.warn("cannot write {}: ./platform down will not find this launcher", pidFile);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.debug("cannot delete {}", file);
        }
    }
}
