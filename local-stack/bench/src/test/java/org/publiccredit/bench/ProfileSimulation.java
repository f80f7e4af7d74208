package org.publiccredit.bench;

import static io.gatling.javaapi.core.CoreDsl.substring;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Simulation;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The full credit profile of a random legal person (every section's first page, the summary, each
 * record's publicity), through the gateway or direct. Same system properties as
 * {@link Bench}, plus {@code bench.data} (a generated city's directory).
 */
public class ProfileSimulation extends Simulation {

    /**
     * What a bank's credit officer opens: every section's first page (the schema's default size,
     * 20) with its total and cursor, each record with its publicity, and the summary.
     */
    static final String QUERY = "query($c: ID!) { subject(code: $c) { code name type town profile { "
            + "registration { legalRepresentative status } "
            + "licences { ...page edges { node { ...record } } } "
            + "penalties { ...page edges { node { ...record penaltyCategories fineAmount } } } "
            + "listMemberships { ...page edges { node { ...record listName listStatus } } } "
            + "taxRatings { ...page edges { node { ...record taxLevel } } } "
            + "commitments { ...page edges { node { ...record fulfilment commitmentType } } } "
            + "positiveRecords { ...page edges { node { ...record } } } "
            + "otherNegativeRecords { ...page edges { node { ...record } } } "
            + "summary { totalRecords activeNegativeRecords latestTaxLevel recordsUnderObjection "
            + "countsByCategory { category count } currentLists { category name since until recordId } } complete } } } "
            + "fragment page on ProfileRecordConnection { totalCount pageInfo { hasNextPage endCursor } } "
            + "fragment record on ProfileRecord { id title decisionDate validUntil "
            + "authority { name } publicity { visible until rule underObjection } }";

    private final Bench bench = new Bench();
    private final BenchSubjects subjects = BenchSubjects.load(bench.settings());

    {
        ChainBuilder profile = bench.graphql("profile", session -> {
                    String code = subjects.codes().get(ThreadLocalRandom.current().nextInt(subjects.codes().size()));
                    return "{\"query\":\"" + QUERY + "\",\"variables\":{\"c\":\"" + code + "\"}}";
                }, substring("\"totalRecords\":").exists());
        setUp(bench.load("profile", profile)).protocols(bench.protocol());
    }
}
