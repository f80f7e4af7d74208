package org.publiccredit.schema.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The credit-records template indexes exactly the catalog attributes the catalog marks
 * {@code "index": true}, each with its catalog fragment: the catalog stays the one place that
 * says what is searchable. A record's attributes are the catalog fields its {@code record}
 * mapping does not put at top level; the two base categories are subjects, stored elsewhere.
 */
class CreditRecordsTemplateTest {

    private static final Set<String> BASE_CATEGORIES = Set.of("LEGAL_PERSON", "NATURAL_PERSON");
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void indexedAttributesAreThoseTheCatalogMarks() throws IOException {
        Map<String, JsonNode> marked = new TreeMap<>();
        for (CategoryDefinition category : Catalog.loadFromClasspath().categories()) {
            if (BASE_CATEGORIES.contains(category.id())) {
                continue;
            }
            for (FieldDefinition field : category.fields()) {
                boolean atTopLevel = category.record().containsValue(field.key());
                if (!atTopLevel && field.elasticsearch().path("index").asBoolean(false)) {
                    JsonNode earlier = marked.putIfAbsent(field.key(), field.elasticsearch());
                    assertThat(earlier == null || earlier.equals(field.elasticsearch()))
                        .as("attribute %s is marked in two categories with different mappings", field.key()).isTrue();
                }
            }
        }
        JsonNode attributes = template().at("/template/mappings/properties/attributes");
        assertThat(attributes.path("dynamic").asBoolean(true)).as("other attributes stay unindexed").isFalse();
        Map<String, JsonNode> mapped = new TreeMap<>();
        attributes.path("properties").properties().forEach(e -> mapped.put(e.getKey(), e.getValue()));

        assertThat(mapped).isEqualTo(marked);
        assertThat(marked).containsKey("year");
    }

    private JsonNode template() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/elasticsearch/credit-records.template.json")) {
            return json.readTree(in);
        }
    }
}
