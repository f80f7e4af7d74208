package org.publiccredit.schema.catalog;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Turns catalog JSON files into Java values; structure is checked by catalog.schema.json. */
final class CatalogParser {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static JsonNode read(Path file) {
        return JSON.readTree(file.toFile());
    }

    static JsonNode read(InputStream in) {
        return JSON.readTree(in);
    }

    CategoryDefinition category(JsonNode root) {
        List<FieldDefinition> fields = new ArrayList<>();
        for (JsonNode field : root.path("fields")) {
            fields.add(field(field));
        }
        List<CatalogRule> rules = new ArrayList<>();
        for (JsonNode rule : root.path("rules")) {
            rules.add(rule(rule));
        }
        return new CategoryDefinition(root.path("id").asString(), bilingual(root.path("name")),
                root.path("importFormat").asString(), optionalText(root, "columnPrefix"),
                root.path("doublePublicity").asBoolean(), strings(root.path("subjectTypes")),
                strings(root.path("identity").path("fields")), stringMap(root.path("subject")),
                stringMap(root.path("record")), List.copyOf(fields), List.copyOf(rules));
    }

    Map<String, Enumeration> enumerations(JsonNode root) {
        Map<String, Enumeration> result = new LinkedHashMap<>();
        for (JsonNode node : root.path("enumerations")) {
            List<Enumeration.Entry> entries = new ArrayList<>();
            for (JsonNode entry : node.path("entries")) {
                entries.add(new Enumeration.Entry(entry.path("code").asString(), entry.path("symbol").asString(),
                        bilingual(entry.path("label"))));
            }
            result.put(node.path("id").asString(), new Enumeration(node.path("id").asString(), entries));
        }
        return result;
    }

    List<Department> departments(JsonNode root) {
        List<Department> result = new ArrayList<>();
        for (JsonNode node : root.path("departments")) {
            result.add(new Department(node.path("code").asString(), bilingual(node.path("name")),
                    node.path("kind").asString(), node.path("documentAbbreviation").asString(),
                    new LinkedHashSet<>(strings(node.path("categories")))));
        }
        return List.copyOf(result);
    }

    private static FieldDefinition field(JsonNode node) {
        String code = optionalText(node, "code");
        String name = node.path("name").asString();
        String pattern = optionalText(node, "pattern");
        return new FieldDefinition(code != null ? code : name, code, name, bilingual(node.path("label")),
                FieldType.fromCatalog(node.path("type").asString()), node.path("maxLength").asInt(0),
                node.path("required").asBoolean(), optionalText(node, "enumeration"),
                optionalText(node.path("multiValued"), "separator"), node.path("personalInformation").asBoolean(),
                optionalText(node, "idTypeField"), pattern == null ? null : Pattern.compile(pattern),
                decimal(node, "minimum"), decimal(node, "maximum"),
                node.has("scale") ? node.path("scale").asInt() : null, node.path("elasticsearch"));
    }

    private static CatalogRule rule(JsonNode node) {
        Bilingual message = bilingual(node.path("message"));
        return switch (node.path("kind").asString()) {
            case "requiredWhen" -> new CatalogRule.RequiredWhen(strings(node.path("fields")),
                    condition(node.path("when")), message);
            case "dateOrder" -> new CatalogRule.DateOrder(node.path("earlier").asString(),
                    node.path("later").asString(), message);
            case "notFuture" -> new CatalogRule.NotFuture(node.path("field").asString(), message);
            case "rangeWhen" -> new CatalogRule.RangeWhen(node.path("field").asString(), condition(node.path("when")),
                    decimal(node, "minimum"), decimal(node, "exclusiveMaximum"), message);
            case "matchesIdNumber" -> new CatalogRule.MatchesIdNumber(node.path("field").asString(),
                    node.path("idField").asString(), node.path("part").asString(), message);
            case "matchesDate" -> new CatalogRule.MatchesDate(node.path("field").asString(),
                    node.path("dateField").asString(), node.path("start").asInt(), message);
            default -> throw new IllegalStateException("unknown rule kind " + node.path("kind").asString());
        };
    }

    private static Condition condition(JsonNode node) {
        return new Condition(node.path("field").asString(), strings(node.path("in")), node.path("present").asBoolean());
    }

    private static Bilingual bilingual(JsonNode node) {
        return new Bilingual(node.path("zh").asString(), node.path("en").asString());
    }

    private static List<String> strings(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(n -> result.add(n.asString()));
        return List.copyOf(result);
    }

    private static Map<String, String> stringMap(JsonNode object) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String name : object.propertyNames()) {
            result.put(name, object.path(name).asString());
        }
        return java.util.Collections.unmodifiableMap(result);
    }

    private static @Nullable String optionalText(JsonNode node, String name) {
        JsonNode value = node.path(name);
        return value.isString() ? value.asString() : null;
    }

    private static @Nullable BigDecimal decimal(JsonNode node, String name) {
        JsonNode value = node.path(name);
        return value.isNumber() ? value.decimalValue() : null;
    }
}
