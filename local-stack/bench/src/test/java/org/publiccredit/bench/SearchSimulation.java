package org.publiccredit.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code searchSubjects} by a random part (2 to 4 characters, from anywhere in the name) of a real
 * legal person's name, first page of 20. Same system properties as {@link ProfileSimulation}.
 */
public class SearchSimulation extends Simulation {

    private final BenchSettings settings = BenchSettings.fromSystemProperties();
    private final BenchSubjects subjects = BenchSubjects.load(settings);
    private final CallSigner signer = new CallSigner(settings);

    private final HttpProtocolBuilder protocol = http.baseUrl(settings.baseUrl())
            .contentTypeHeader("application/json")
            .acceptHeader("application/json")
            .shareConnections();

    private final ScenarioBuilder search = scenario("searchSubjects via " + settings.target())
            .exec(session -> {
                String part = part(subjects.names().get(ThreadLocalRandom.current().nextInt(subjects.names().size())));
                String body = "{\"query\":\"query($n: String) { searchSubjects(name: $n, first: 20) { totalCount "
                        + "edges { node { code name type town } } } }\",\"variables\":{\"n\":\"" + part + "\"}}";
                Map<String, String> headers = signer.headersFor(body.getBytes(StandardCharsets.UTF_8));
                return session.set("body", body).setAll(Map.copyOf(headers));
            })
            .exec(signer.request(http("search").post("/graphql").body(StringBody("#{body}")))
                    .check(status().is(200))
                    .check(jsonPath("$.data.searchSubjects.totalCount").exists()));

    {
        Duration duration = Duration.ofSeconds(settings.durationSeconds());
        PopulationBuilder population = settings.open()
                ? search.injectOpen(constantUsersPerSec(settings.rate()).during(duration))
                : search.injectClosed(constantConcurrentUsers(settings.users()).during(duration));
        setUp(population).protocols(protocol);
    }

    /** A contiguous part of the name: 2 to 4 characters, anywhere. */
    static String part(String name) {
        var random = ThreadLocalRandom.current();
        int length = Math.min(name.length(), 2 + random.nextInt(3));
        int start = random.nextInt(name.length() - length + 1);
        return name.substring(start, start + length);
    }
}
