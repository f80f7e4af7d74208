package org.publiccredit.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

/**
 * What every simulation shares, so that a new scenario is only its GraphQL body and checks:
 * <pre>{@code
 * public class ProfileSimulation extends Simulation {
 *     private final Bench bench = new Bench();
 *     {
 *         ChainBuilder profile = bench.graphql("profile", session -> "{\"query\":\"...\"}",
 *                 substring("\"subject\":{").exists());
 *         setUp(bench.load("profile", profile)).protocols(bench.protocol());
 *     }
 * }
 * }</pre>
 * The load model comes from the settings: closed ({@code --users N}, N clients each sending the
 * next request when the previous answered) or open ({@code --rate R}, R new requests a second
 * whatever the answers take). With {@code bench.warmup} seconds (0 by default) the same load runs
 * that long first in this JVM, its calls counted apart in the group "warm-up": a fresh load tool
 * compiles its own code and opens its connections in its first seconds, and the calls it sends
 * then are slow on its side (session 7: the first 2 to 3 s of an open 200/s row held most of the
 * row's slowest 1%).
 */
final class Bench {

    private final BenchSettings settings = BenchSettings.fromSystemProperties();
    private final CallSigner signer = new CallSigner(settings);

    BenchSettings settings() {
        return settings;
    }

    HttpProtocolBuilder protocol() {
        return http.baseUrl(settings.baseUrl())
                .contentTypeHeader("application/json")
                .acceptHeader("application/json")
                .shareConnections();
    }

    /**
     * One POST /graphql of the body built per call: signed with a fresh nonce through the gateway,
     * carrying an identity token straight to the service. Checks status 200, no GraphQL errors and the given checks.
     */
    ChainBuilder graphql(String name, Function<Session, String> body, CheckBuilder... checks) {
        return exec(session -> {
            String json = body.apply(session);
            Map<String, String> headers = signer.headersFor(json.getBytes(StandardCharsets.UTF_8));
            return session.set("body", json).setAll(Map.copyOf(headers));
        }).exec(signer.request(http(name).post("/graphql").body(StringBody("#{body}")))
                .check(status().is(200))
                // A GraphQL refusal also answers 200; scanning for the key costs far less than
                // parsing a large body (a profile) into a tree on the load tool's cores.
                .check(substring("\"errors\":").notExists())
                .check(checks));
    }

    /**
     * The calls under the settings' load model for the settings' duration, after the warm-up if
     * there is one (the same load, the same calls, counted in the group "warm-up").
     */
    PopulationBuilder load(String name, ChainBuilder calls) {
        PopulationBuilder measured = inject(scenario(name + " via " + settings.target()).exec(calls),
                settings.durationSeconds());
        if (settings.warmupSeconds() == 0) {
            return measured;
        }
        return inject(scenario(name + " warm-up via " + settings.target()).exec(group(WARM_UP).on(calls)),
                settings.warmupSeconds()).andThen(measured);
    }

    /** The group of the warm-up's calls, in the report's statistics. */
    static final String WARM_UP = "warm-up";

    private PopulationBuilder inject(ScenarioBuilder scenario, int seconds) {
        Duration duration = Duration.ofSeconds(seconds);
        return settings.open()
                ? scenario.injectOpen(constantUsersPerSec(settings.rate()).during(duration))
                : scenario.injectClosed(constantConcurrentUsers(settings.users()).during(duration));
    }
}
