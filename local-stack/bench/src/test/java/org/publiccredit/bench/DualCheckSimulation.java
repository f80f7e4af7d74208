package org.publiccredit.bench;

import static io.gatling.javaapi.core.CoreDsl.jsonPath;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code dualCheck} (issue 6) through the gateway or straight to the service, with the
 * credit-reference stand-in answering every report after {@code bench.remoteDelayMs} (100 ms by
 * default; set through WireMock's admin API before the run and reset after it). Every check
 * reads the public record, scores it, waits for the remote report, decides and stores the check.
 * Companies of the demo dataset, and persons with a consent reference.
 * {@code ./platform bench dual-check --target gateway|direct --users N | --rate R --duration S}.
 *
 * <p>System properties as {@link Bench}, plus {@code bench.creditReference} (the stand-in's URL,
 * from PLATFORM_CREDIT_REFERENCE_PORT in {@code ./platform bench}) and {@code bench.remoteDelayMs}.
 */
public class DualCheckSimulation extends Simulation {

    private final Bench bench = new Bench();
    private final List<String> codes = DemoData.subjectCodes(bench.settings().root()).stream()
            .filter(c -> !c.startsWith("1101")) // the stand-in's "no record" person: a different path
            .toList();
    private final URI standIn = URI.create(System.getProperty("bench.creditReference", "http://127.0.0.1:8089"));
    private final int remoteDelayMs = Integer.getInteger("bench.remoteDelayMs", 100);

    {
        ChainBuilder check = bench.graphql("dualCheck", session -> {
                    String code = codes.get(ThreadLocalRandom.current().nextInt(codes.size()));
                    return "{\"query\":\"mutation($i: DualCheckInput!) { dualCheck(input: $i) { __typename"
                            + " ... on DualCheckResult { decision qualitativeStatus rating { rating } } } }\","
                            + "\"variables\":{\"i\":{\"subjectCode\":\"" + code + "\",\"purpose\":\"LOAN_APPROVAL\","
                            + "\"amount\":\"300000.00\",\"termMonths\":12,\"consentReference\":\"BENCH-CONSENT-1\"}}}";
                }, jsonPath("$.data.dualCheck.decision").exists(),
                        // A degraded answer is a correct answer but not what this benchmark measures.
                        jsonPath("$.data.dualCheck.qualitativeStatus").is("AVAILABLE"));
        setUp(bench.load("dualCheck", check)).protocols(bench.protocol());
    }

    @Override
    public void before() {
        standInDelay(remoteDelayMs);
    }

    @Override
    public void after() {
        standInDelay(0);
    }

    /** WireMock's global fixed delay: every answer of the stand-in, reports included. */
    private void standInDelay(int millis) {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(standIn.resolve("/__admin/settings"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"fixedDelay\": " + millis + "}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("stand-in settings refused: " + response.statusCode());
            }
        } catch (IOException e) {
            throw new IllegalStateException("stand-in not reachable at " + standIn, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
