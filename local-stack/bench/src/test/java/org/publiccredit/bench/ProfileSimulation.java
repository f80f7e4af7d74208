package org.publiccredit.bench;

import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The full credit profile of a random legal person (every section's first page, the summary, each
 * record's publicity), through the gateway or direct. Same system properties as
 * {@link Bench}, plus {@code bench.data} (a generated city's directory).
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

    private final Bench bench = new Bench();
    private final BenchSubjects subjects = BenchSubjects.load(bench.settings());

    {
        ScenarioBuilder profile = scenario("profile via " + bench.settings().target())
                .exec(bench.graphql("profile", session -> {
                    String code = subjects.codes().get(ThreadLocalRandom.current().nextInt(subjects.codes().size()));
                    return "{\"query\":\"" + QUERY + "\",\"variables\":{\"c\":\"" + code + "\"}}";
                }, jsonPath("$.data.subject.profile.summary.totalRecords").exists()));
        setUp(bench.load(profile)).protocols(bench.protocol());
    }
}
