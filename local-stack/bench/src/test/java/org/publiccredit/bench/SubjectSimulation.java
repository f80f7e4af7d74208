package org.publiccredit.bench;

import static io.gatling.javaapi.core.CoreDsl.substring;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Simulation;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The same realistic call, {@code subject(code)} (one Elasticsearch lookup), sent either through
 * the gateway (signature, nonce, rate limit, audit all on; every request signed with a fresh
 * nonce) or straight to the GraphQL service with a gateway-minted identity token.
 * {@code ./platform bench subject --target gateway|direct --users N | --rate R --duration S}.
 */
public class SubjectSimulation extends Simulation {

    private final Bench bench = new Bench();
    private final List<String> codes = DemoData.subjectCodes(bench.settings().root());

    {
        ChainBuilder lookup = bench.graphql("subject", session -> {
                    String code = codes.get(ThreadLocalRandom.current().nextInt(codes.size()));
                    return "{\"query\":\"query($c: ID!) { subject(code: $c) { code name type } }\","
                            + "\"variables\":{\"c\":\"" + code + "\"}}";
                }, substring("\"subject\":{").exists());
        setUp(bench.load("subject(code)", lookup)).protocols(bench.protocol());
    }
}
