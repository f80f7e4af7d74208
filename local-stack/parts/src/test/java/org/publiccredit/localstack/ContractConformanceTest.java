package org.publiccredit.localstack;

import com.github.tomakehurst.wiremock.common.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import wiremock.com.fasterxml.jackson.databind.JsonNode;
import wiremock.com.fasterxml.jackson.databind.node.ObjectNode;
import wiremock.com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import wiremock.com.networknt.schema.JsonSchemaFactory;
import wiremock.com.networknt.schema.SpecVersion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer the stand-in can give (fixed report files, generated reports, error bodies) conforms to the OpenAPI
 * contract in {@code schema/}, read strictly: a member the contract does not describe fails the test.
 */
class ContractConformanceTest {

    private static JsonNode components;

    @BeforeAll
    static void readContract() throws IOException {
        Path contract = RepositoryLayout.root().resolve("schema/src/main/resources/credit-reference/credit-reference-api.yaml");
        JsonNode document = new YAMLMapper().readTree(contract.toFile());
        components = document.get("components").deepCopy();
        forbidUndescribedMembers(components);
    }

    @Test
    void fixedReportFilesConform() throws IOException {
        try (Stream<Path> files = Files.list(RepositoryLayout.config().resolve("credit-reference/__files/reports"))) {
            List<Path> reports = files.filter(f -> f.toString().endsWith(".json")).toList();
            assertThat(reports).hasSizeGreaterThanOrEqualTo(4);
            for (Path file : reports) {
                JsonNode report = Json.node(Files.readString(file));
                assertConforms(schemaFor(report), report, file.getFileName().toString());
            }
        }
    }

    @Test
    void generatedReportsConform() {
        for (int i = 0; i < 40; i++) {
            JsonNode person = Json.node(JsonText.write(GeneratedPersonReports.build(GeneratedReportsTest.person("37098219750601" + String.format("%03d", i)))));
            JsonNode enterprise = Json.node(JsonText.write(GeneratedEnterpriseReports.build(GeneratedReportsTest.enterprise("913709820" + String.format("%08d", i)))));
            assertConforms("PersonalReport", person, "generated person " + i);
            assertConforms("EnterpriseReport", enterprise, "generated enterprise " + i);
        }
    }

    @Test
    void errorBodiesConform() {
        for (int status : new int[] {400, 401, 404, 429, 500, 503, 504}) {
            assertConforms("Error", Json.node(ErrorBodies.forStatus(status)), "error " + status);
        }
    }

    private static String schemaFor(JsonNode report) {
        return "PERSONAL".equals(report.path("reportType").asText()) ? "PersonalReport" : "EnterpriseReport";
    }

    private static void assertConforms(String schemaName, JsonNode instance, String what) {
        ObjectNode root = Json.getObjectMapper().createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$ref", "#/components/schemas/" + schemaName);
        root.set("components", components);
        var problems = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root).validate(instance);
        assertThat(problems).as(what).isEmpty();
    }

    /** The contract leaves objects open for future members; these tests hold the stand-in to what is described. */
    private static void forbidUndescribedMembers(JsonNode node) {
        if (node instanceof ObjectNode object && object.has("properties") && !object.has("additionalProperties")) {
            object.put("additionalProperties", false);
        }
        node.forEach(ContractConformanceTest::forbidUndescribedMembers);
    }
}
