package org.publiccredit.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The same realistic call, {@code subject(code)} (one Elasticsearch lookup), sent either through
 * the gateway (signature, nonce, rate limit, audit all on; every request signed with a fresh
 * nonce) or straight to the GraphQL service with a gateway-minted identity token.
 *
 * <p>System properties: {@code bench.target} gateway|direct; {@code bench.model} closed|open;
 * {@code bench.users} concurrent clients (closed); {@code bench.rate} arrivals per second (open);
 * {@code bench.duration} seconds; {@code bench.client} the signing client (demo-bank).
 */
public class SubjectLookupSimulation extends Simulation {

    private final BenchSettings settings = BenchSettings.fromSystemProperties();
    private final List<String> codes = DemoData.subjectCodes(settings.root());
    private final CallSigner signer = new CallSigner(settings);

    private final HttpProtocolBuilder protocol = http.baseUrl(settings.baseUrl())
            .contentTypeHeader("application/json")
            .acceptHeader("application/json")
            .shareConnections();

    private final ScenarioBuilder lookup = scenario("subject(code) via " + settings.target())
            .exec(session -> {
                String code = codes.get(ThreadLocalRandom.current().nextInt(codes.size()));
                String body = "{\"query\":\"query($c: ID!) { subject(code: $c) { code name type } }\","
                        + "\"variables\":{\"c\":\"" + code + "\"}}";
                Map<String, String> headers = signer.headersFor(body.getBytes(StandardCharsets.UTF_8));
                return session.set("body", body).setAll(Map.copyOf(headers));
            })
            .exec(signer.request(http("subject").post("/graphql").body(StringBody("#{body}")))
                    .check(status().is(200))
                    .check(jsonPath("$.data.subject.name").exists()));

    {
        Duration duration = Duration.ofSeconds(settings.durationSeconds());
        PopulationBuilder population = settings.open()
                ? lookup.injectOpen(openLoad(duration))
                : lookup.injectClosed(constantConcurrentUsers(settings.users()).during(duration));
        setUp(population).protocols(protocol);
    }

    private OpenInjectionStep openLoad(Duration duration) {
        return constantUsersPerSec(settings.rate()).during(duration);
    }

    static URI target(BenchSettings settings) {
        return URI.create(settings.baseUrl() + "/graphql");
    }
}
