package org.publiccredit.graphql.ingest;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.publiccredit.schema.catalog.CategoryDefinition;
import org.publiccredit.schema.catalog.FieldDefinition;

/**
 * The names a sender may use for a category's fields, mapped to catalog keys: the key itself, the
 * camelCase name (JSON Lines, GraphQL) and the key with the category's column prefix
 * ({@code CF_WSH}). Anything else is kept as is, and the checker reports it as an unknown field.
 */
final class CategoryKeys {

  private final CategoryDefinition category;
  private final Map<String, String> aliases = new HashMap<>();
  private final Set<String> personal;

  CategoryKeys(CategoryDefinition category) {
    this.category = category;
    for (FieldDefinition field : category.fields()) {
      aliases.put(field.name(), field.key());
      if (category.columnPrefix() != null) {
        aliases.put(category.columnPrefix() + field.key(), field.key());
      }
    }
    category.fields().forEach(f -> aliases.put(f.key(), f.key()));
    this.personal = category.fields().stream().filter(FieldDefinition::personalInformation)
        .map(FieldDefinition::key).collect(Collectors.toUnmodifiableSet());
  }

  CategoryDefinition category() {
    return category;
  }

  /** The row keyed by catalog keys; values stripped, empty values dropped (absent). */
  Map<String, String> normalise(Map<String, String> fields) {
    Map<String, String> row = new LinkedHashMap<>();
    fields.forEach((name, value) -> {
      String stripped = value == null ? "" : value.strip();
      if (!stripped.isEmpty()) {
        row.put(aliases.getOrDefault(name.strip(), name.strip()), stripped);
      }
    });
    return row;
  }

  boolean personal(String key) {
    return personal.contains(key);
  }

  /** The value of the field a common record property points at, or null. */
  @Nullable String role(Map<String, String> row, Map<String, String> mapping, String role) {
    String key = mapping.get(role);
    return key == null ? null : row.get(key);
  }
}
