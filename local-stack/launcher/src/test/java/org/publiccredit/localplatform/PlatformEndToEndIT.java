package org.publiccredit.localplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.publiccredit.signing.RequestSigner;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The walking skeleton from a bank's point of view: the real platform (Elasticsearch node, Redis,
 * stand-in, both service jars) started the way {@code ./platform up} starts it, and signed calls
 * through the gateway.
 */
class PlatformEndToEndIT {

    private static final JsonMapper JSON = RunningPlatform.JSON;
    private static final HttpClient http = RunningPlatform.HTTP;
    private static final String COMPANY = "91370982MA3C4A1Q19";
    private static final String PERSON = "370982198503120017";

    private static LocalPlatform platform;

    @BeforeAll
    static void startPlatform() {
        platform = RunningPlatform.get();
    }

    @Test
    void aBankReadsTheDemoCompanyThroughTheGateway() throws Exception {
        JsonNode answer = call("demo-bank", "{ subject(code: \"" + COMPANY + "\") { code name type } }");

        assertThat(answer.has("errors")).as(answer.toString()).isFalse();
        assertThat(answer.at("/data/subject/name").asString()).isEqualTo(demoSubjectName(COMPANY));
        assertThat(answer.at("/data/subject/code").asString()).isEqualTo(COMPANY);
    }

    @Test
    void everyAlgorithmGetsThrough() throws Exception {
        for (String client : new String[] {"demo-tax", "demo-dept", "demo-admin"}) {
            JsonNode answer = call(client, "{ subject(code: \"" + COMPANY + "\") { name } }");
            assertThat(answer.at("/data/subject/name").asString()).as(client).isEqualTo(demoSubjectName(COMPANY));
        }
    }

    @Test
    void idNumbersAreMaskedWithoutPiiReadAndShownToABank() throws Exception {
        String query = "{ subject(code: \"" + PERSON + "\") { code name } }";

        assertThat(call("demo-bank", query).at("/data/subject/code").asString()).isEqualTo(PERSON);
        String masked = call("demo-dept", query).at("/data/subject/code").asString();
        assertThat(masked).isNotEqualTo(PERSON).startsWith("3709").endsWith("0017").contains("*");
    }

    @Test
    void aWrongCheckCharacterIsABadRequestNamingTheArgument() throws Exception {
        JsonNode answer = call("demo-bank", "{ subject(code: \"91370982MA3C4A1Q18\") { name } }");

        JsonNode error = answer.at("/errors/0");
        assertThat(error.at("/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(error.toString()).contains("code");
    }

    @Test
    void theServiceRefusesCallsThatBypassTheGateway() throws Exception {
        byte[] body = SignedCall.requestBody("{ subject(code: \"" + COMPANY + "\") { name } }", null);
        URI direct = platform.graphqlServiceUri().resolve("/graphql");
        Map<String, String> signature = signer("demo-bank").sign("POST", direct, body);
        HttpRequest.Builder request = HttpRequest.newBuilder(direct)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        signature.forEach(request::header);

        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain(demoSubjectName(COMPANY));
    }

    @Test
    void gatewayHealthIsUpWithEverythingBehindIt() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(platform.gatewayUri().resolve("/actuator/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).at("/status").asString()).isEqualTo("UP");
    }

    @Test
    void aBankDualChecksACleanCompanyThroughTheGateway() throws Exception {
        String query = "mutation { dualCheck(input: {subjectCode: \"91370982MA3CGP5N9H\", purpose: LOAN_APPROVAL,"
                + " amount: \"500000.00\", termMonths: 12}) { __typename ... on DualCheckResult { decision"
                + " qualitativeStatus rating { rating } reasons { code } } } }";
        // A cold service may miss the report's time limit on its very first call (then it answers
        // degraded, by design): ask again until the report arrives.
        JsonNode check = null;
        for (int i = 0; i < 3; i++) {
            check = call("demo-bank", query).at("/data/dualCheck");
            if (check.at("/qualitativeStatus").asString().equals("AVAILABLE")) {
                break;
            }
        }
        assertThat(check.at("/__typename").asString()).as(check.toString()).isEqualTo("DualCheckResult");
        assertThat(check.at("/qualitativeStatus").asString()).isEqualTo("AVAILABLE");
        assertThat(check.at("/decision").asString()).isEqualTo("PURE_CREDIT_ELIGIBLE");
    }

    @Test
    void everyCallLeavesAnAuditTrailWhoseChainVerifies() throws Exception {
        call("demo-bank", "{ subject(code: \"" + COMPANY + "\") { name } }");
        URI count = platform.elasticsearchUri().resolve("/audit-events/_count");
        long events = 0;
        // Up to 20 s: the drain runs every second and the audit index refreshes every 5 s.
        for (int i = 0; i < 80 && events == 0; i++) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(count).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            events = response.statusCode() == 200 ? JSON.readTree(response.body()).at("/count").asLong() : 0;
            Thread.sleep(250);
        }
        assertThat(events).as("audit events drained into Elasticsearch").isPositive();

        // ./platform audit verify runs exactly this: the gateway jar in verification mode.
        Process verify = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-jar", platform.settings().root().resolve("gateway/target/gateway.jar").toString(),
                "--spring.config.additional-location=file:config/profiles/gateway.yml",
                "--spring.main.web-application-type=none", "--platform.audit.verify=true",
                "--spring.elasticsearch.uris=" + platform.elasticsearchUri())
                .directory(platform.settings().root().toFile())
                .redirectErrorStream(true).start();
        String output = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(verify.waitFor()).as(output).isZero();
    }

    @Test
    void aBankGetsACreditReportVerifiesItAndFetchesItsPdfThroughTheGateway() throws Exception {
        JsonNode report = call("demo-bank", "{ creditReport(code: \"" + COMPANY + "\") { number verificationCode pdfPath "
                + "summary { totalRecords } } }").at("/data/creditReport");
        String number = report.get("number").asString();
        JsonNode verdict = call("demo-portal", "{ verifyCreditReport(number: \"" + number + "\", verificationCode: \""
                + report.get("verificationCode").asString() + "\") { status } }");
        assertThat(verdict.at("/data/verifyCreditReport/status").asString()).as(verdict.toString()).isEqualTo("GENUINE");

        URI target = platform.gatewayUri().resolve(report.get("pdfPath").asString());
        HttpRequest.Builder request = HttpRequest.newBuilder(target).GET();
        signer("demo-bank").sign("GET", target, null).forEach(request::header);
        HttpResponse<byte[]> pdf = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    private static JsonNode call(String client, String query) throws Exception {
        RunningPlatform.Answer answer = RunningPlatform.call(client, query);
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        return answer.body();
    }

    private static RequestSigner signer(String client) {
        return RunningPlatform.signer(client);
    }

    /** The name as the demo dataset has it, so the test does not repeat the data. */
    private static String demoSubjectName(String code) throws IOException {
        Path demo = platform.settings().root().resolve("local-stack/demo-data/demo-subjects.jsonl");
        for (String line : Files.readAllLines(demo, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && line.contains(code)) {
                return JSON.readTree(line).at("/name").asString();
            }
        }
        throw new IllegalStateException(code + " is not in " + demo);
    }
}
