package org.publiccredit.localplatform.generate;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.publiccredit.schema.catalog.CategoryDefinition;

/**
 * One row being generated, with a slot per catalog field. Setting a key the catalog does not
 * define fails, so the generator cannot drift from the catalog.
 */
final class Row {

    private final CategoryDefinition category;
    private final Map<String, Integer> positions;
    private final String[] values;

    Row(CategoryDefinition category, Map<String, Integer> positions) {
        this.category = category;
        this.positions = positions;
        this.values = new String[category.fields().size()];
        Arrays.fill(values, "");
    }

    static Map<String, Integer> positions(CategoryDefinition category) {
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (int i = 0; i < category.fields().size(); i++) {
            positions.put(category.fields().get(i).key(), i);
        }
        return Map.copyOf(positions);
    }

    Row set(String key, @Nullable Object value) {
        Integer position = positions.get(key);
        if (position == null) {
            throw new IllegalArgumentException(category.id() + " has no field " + key);
        }
        values[position] = switch (value) {
            case null -> "";
            case BigDecimal decimal -> decimal.toPlainString();
            default -> value.toString();
        };
        return this;
    }

    boolean has(String key) {
        return positions.containsKey(key);
    }

    String get(String key) {
        Integer position = positions.get(key);
        return position == null ? "" : values[position];
    }

    String[] values() {
        return values;
    }

    CategoryDefinition category() {
        return category;
    }
}
