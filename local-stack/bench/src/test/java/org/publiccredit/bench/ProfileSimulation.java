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
 * The full credit profile of a random legal person (every section's first page, the summary, each
 * record's publicity), through the gateway or direct. Same system properties as
 * {@link SubjectLookupSimulation}, plus {@code bench.data} (a generated city's directory).
 */
public class ProfileSimulation extends Simulation {

    static final String QUERY = "query($c: ID!) { subject(code: $c) { code name type town profile { "
            + "registration { legalRepresentative status } "
            + "licences(first: 20) { totalCount edges { node { id title decisionDate publicity { visible until rule } } } } "
            + "penalties(first: 20) { totalCount edges { node { id title decisionDate penaltyCategories fineAmount publicity { visible until rule underObjection } } } } "
            + "listMemberships(first: 20) { totalCount edges { node { id listName listStatus publicity { visible until rule } } } } "
            + "taxRatings(first: 5) { edges { node { id taxLevel decisionDate } } } "
            + "commitments(first: 20) { totalCount edges { node { id title fulfilment publicity { visible rule } } } } "
            + "positiveRecords(first: 20) { totalCount edges { node { id title } } } "
            + "otherNegativeRecords(first: 20) { totalCount edges { node { id title } } } "
            + "summary { totalRecords activeNegativeRecords latestTaxLevel recordsUnderObjection "
            + "countsByCategory { category count } currentLists { category name since } } } } }";

    private final BenchSettings settings = BenchSettings.fromSystemProperties();
    private final BenchSubjects subjects = BenchSubjects.load(settings);
    private final CallSigner signer = new CallSigner(settings);

    private final HttpProtocolBuilder protocol = http.baseUrl(settings.baseUrl())
            .contentTypeHeader("application/json")
            .acceptHeader("application/json")
            .shareConnections();

    private final ScenarioBuilder profile = scenario("profile via " + settings.target())
            .exec(session -> {
                String code = subjects.codes().get(ThreadLocalRandom.current().nextInt(subjects.codes().size()));
                String body = "{\"query\":\"" + QUERY + "\",\"variables\":{\"c\":\"" + code + "\"}}";
                Map<String, String> headers = signer.headersFor(body.getBytes(StandardCharsets.UTF_8));
                return session.set("body", body).setAll(Map.copyOf(headers));
            })
            .exec(signer.request(http("profile").post("/graphql").body(StringBody("#{body}")))
                    .check(status().is(200))
                    .check(jsonPath("$.data.subject.profile.summary.totalRecords").exists()));

    {
        Duration duration = Duration.ofSeconds(settings.durationSeconds());
        PopulationBuilder population = settings.open()
                ? profile.injectOpen(constantUsersPerSec(settings.rate()).during(duration))
                : profile.injectClosed(constantConcurrentUsers(settings.users()).during(duration));
        setUp(population).protocols(protocol);
    }
}
