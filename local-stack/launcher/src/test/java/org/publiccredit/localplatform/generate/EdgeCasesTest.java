package org.publiccredit.localplatform.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.publiccredit.schema.catalog.Catalog;
import org.publiccredit.schema.catalog.RecordChecker;
import org.publiccredit.schema.catalog.Violation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Edge cases are written apart from the main files, pass the catalog, and warn only where flagged. */
class EdgeCasesTest {

    @Test
    void edgeCasesAreValidAndFlaggedSeparately() throws IOException {
        Catalog catalog = GeneratedCity.catalog();
        Charset gb18030 = Charset.forName("GB18030");
        Path out = GeneratedCity.generate("edge-cases", "--scale", "0.001", "--seed", "3", "--edge-cases",
                "--encoding", "GB18030");
        Path directory = out.resolve(EdgeCases.DIRECTORY);
        JsonNode index = JsonMapper.builder().build().readTree(directory.resolve("edge-cases.json").toFile());
        assertThat(index.size()).isGreaterThanOrEqualTo(8);
        RecordChecker checker = new RecordChecker(catalog, LocalDate.now());
        for (JsonNode edge : index) {
            var category = catalog.category(edge.path("category").asString());
            List<Map<String, String>> rows = GeneratedCity.rows(directory, category, gb18030);
            int row = edge.path("line").asInt() - (category.csv() ? 2 : 1);
            List<Violation> violations = checker.check(category, rows.get(row));
            assertThat(violations).as(edge.path("description").asString()).allSatisfy(v -> assertThat(v.warning()).isTrue());
            assertThat(!violations.isEmpty()).as(edge.path("description").asString())
                    .isEqualTo(edge.path("expectWarning").asBoolean());
        }
        String persons = Files.readString(directory.resolve("natural-person.jsonl"), gb18030);
        assertThat(persons).contains("㐂", "买买提·艾力");
        assertThat("㐂".getBytes(gb18030)).hasSize(4);
        assertThat(Files.readString(out.resolve("natural-person.jsonl"), gb18030)).doesNotContain("买买提·艾力");
        assertThat(Files.readString(directory.resolve("administrative-penalty.csv"), gb18030)).contains("\"罚款2,000元");
    }
}
