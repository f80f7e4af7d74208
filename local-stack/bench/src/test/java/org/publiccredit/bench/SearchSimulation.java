package org.publiccredit.bench;

import static io.gatling.javaapi.core.CoreDsl.substring;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Simulation;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code searchSubjects} by a random part (2 to 4 characters, from anywhere in the name) of a real
 * legal person's name, first page of 20. Same system properties as {@link ProfileSimulation}.
 */
public class SearchSimulation extends Simulation {

    private final Bench bench = new Bench();
    private final BenchSubjects subjects = BenchSubjects.load(bench.settings());

    {
        ChainBuilder search = bench.graphql("search", session -> {
                    String part = part(subjects.names().get(ThreadLocalRandom.current().nextInt(subjects.names().size())));
                    return "{\"query\":\"query($n: String) { searchSubjects(name: $n, first: 20) { totalCount "
                            + "edges { node { code name type town } } } }\",\"variables\":{\"n\":\"" + part + "\"}}";
                }, substring("\"searchSubjects\":{\"totalCount\":").exists());
        setUp(bench.load("searchSubjects", search)).protocols(bench.protocol());
    }

    /** A contiguous part of the name: 2 to 4 characters, anywhere. */
    static String part(String name) {
        var random = ThreadLocalRandom.current();
        int length = Math.min(name.length(), 2 + random.nextInt(3));
        int start = random.nextInt(name.length() - length + 1);
        return name.substring(start, start + length);
    }
}
