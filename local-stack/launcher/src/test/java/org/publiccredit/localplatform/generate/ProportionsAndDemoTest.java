package org.publiccredit.localplatform.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.publiccredit.schema.catalog.Catalog;
import org.publiccredit.schema.catalog.CategoryDefinition;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ProportionsAndDemoTest {

    private final Catalog catalog = GeneratedCity.catalog();
    private final Path city = GeneratedCity.scaleOnePercent();

    @Test
    void manifestMatchesTheFilesAndTheModelledCity() throws IOException {
        JsonNode manifest = JsonMapper.builder().build().readTree(city.resolve("manifest.json").toFile());
        assertThat(manifest.path("seed").asLong()).isEqualTo(42);
        assertThat(manifest.path("scale").asDouble()).isEqualTo(0.01);
        long total = 0;
        for (JsonNode entry : manifest.path("categories")) {
            CategoryDefinition category = catalog.category(entry.path("category").asString());
            long lines;
            try (var stream = Files.lines(city.resolve(entry.path("file").asString()), StandardCharsets.UTF_8)) {
                lines = stream.count() - (category.csv() ? 1 : 0);
            }
            assertThat(entry.path("rows").asLong()).as(category.id()).isEqualTo(lines);
            total += lines;
        }
        assertThat(manifest.path("totalRows").asLong()).isEqualTo(total);
        // ~24.23M records, 108k legal persons, 1.036M natural persons, 140k double publicity at scale 1.0
        assertThat((double) total).isCloseTo(242_300, within(242_300 * 0.01));
        assertThat(rows(manifest, "LEGAL_PERSON")).isCloseTo(1_080, within(20L));
        assertThat(rows(manifest, "NATURAL_PERSON")).isCloseTo(10_360, within(50L));
        assertThat(rows(manifest, "ADMINISTRATIVE_LICENSE") + rows(manifest, "ADMINISTRATIVE_PENALTY"))
                .isCloseTo(1_400, within(20L));
    }

    @Test
    void shareWithinCategoriesIsPlausible() {
        List<Map<String, String>> penalties = GeneratedCity.rows(city, catalog.category("ADMINISTRATIVE_PENALTY"));
        double organisations = penalties.stream().filter(r -> !"自然人".equals(r.get("XDR_LB"))).count()
                / (double) penalties.size();
        assertThat(organisations).isCloseTo(0.85, within(0.05));
        List<Map<String, String>> ratings = GeneratedCity.rows(city, catalog.category("TAX_RATING"));
        Map<String, Long> levels = ratings.stream().collect(Collectors.groupingBy(r -> r.get("level"), Collectors.counting()));
        assertThat(levels.get("A") / (double) ratings.size()).isCloseTo(0.12, within(0.02));
        assertThat(levels.get("B") / (double) ratings.size()).isCloseTo(0.55, within(0.03));
        assertThat(levels.get("D") / (double) ratings.size()).isCloseTo(0.05, within(0.015));
        List<Map<String, String>> persons = GeneratedCity.rows(city, catalog.category("NATURAL_PERSON"));
        double men = persons.stream().filter(r -> "1".equals(r.get("sex"))).count() / (double) persons.size();
        assertThat(men).isCloseTo(0.5, within(0.03));
        long surnamesWang = persons.stream().filter(r -> r.get("name").startsWith("王")).count();
        assertThat(surnamesWang / (double) persons.size()).isBetween(0.04, 0.12);
        assertThat(persons.stream().map(r -> r.get("town")).distinct().count()).isEqualTo(13);
        assertThat(persons.stream().map(r -> r.get("town") + r.get("village")).distinct().count()).isGreaterThan(500);
    }

    @Test
    void demoSubjectsAreInEveryOutputWithAFewRecords() {
        assertThat(count("LEGAL_PERSON", "unifiedSocialCreditCode", DemoRows.COMPANY_CODE)).isEqualTo(1);
        assertThat(count("NATURAL_PERSON", "idNumber", DemoRows.PERSON_ID)).isEqualTo(1);
        assertThat(count("ADMINISTRATIVE_LICENSE", "XDR_SHXYM", DemoRows.COMPANY_CODE)).isEqualTo(2);
        assertThat(count("ADMINISTRATIVE_LICENSE", "XDR_ZJHM", DemoRows.PERSON_ID)).isEqualTo(1);
        assertThat(count("ADMINISTRATIVE_PENALTY", "XDR_SHXYM", DemoRows.COMPANY_CODE)).isEqualTo(1);
        assertThat(count("TAX_RATING", "unifiedSocialCreditCode", DemoRows.COMPANY_CODE)).isEqualTo(1);
        assertThat(count("RED_LIST", "unifiedSocialCreditCode", DemoRows.COMPANY_CODE)).isEqualTo(1);
        assertThat(count("CREDIT_COMMITMENT", "unifiedSocialCreditCode", DemoRows.COMPANY_CODE)).isEqualTo(1);
        assertThat(count("CREDIT_COMMITMENT", "idNumber", DemoRows.PERSON_ID)).isEqualTo(1);
        assertThat(count("POSITIVE_RECORD", "idNumber", DemoRows.PERSON_ID)).isEqualTo(1);
        Path tiny = GeneratedCity.generate("scale-0.0001", "--scale", "0.0001", "--seed", "7");
        assertThat(GeneratedCity.rows(tiny, catalog.category("LEGAL_PERSON")))
                .anySatisfy(r -> assertThat(r.get("unifiedSocialCreditCode")).isEqualTo(DemoRows.COMPANY_CODE));
        assertThat(GeneratedCity.rows(tiny, catalog.category("NATURAL_PERSON")))
                .anySatisfy(r -> assertThat(r.get("idNumber")).isEqualTo(DemoRows.PERSON_ID));
    }

    private long count(String category, String key, String value) {
        long[] count = {0};
        GeneratedCity.forEachRow(city, catalog.category(category), r -> count[0] += value.equals(r.get(key)) ? 1 : 0);
        return count[0];
    }

    private static long rows(JsonNode manifest, String category) {
        for (JsonNode entry : manifest.path("categories")) {
            if (entry.path("category").asString().equals(category)) {
                return entry.path("rows").asLong();
            }
        }
        throw new AssertionError("no " + category);
    }
}
