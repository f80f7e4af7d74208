package org.publiccredit.graphql.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.publiccredit.schema.catalog.Catalog;
import org.publiccredit.schema.catalog.CategoryDefinition;

/**
 * The one place that knows how a credit record's catalog fields are stored. A value the catalog's
 * {@code record} mapping gives a common role (title, documentNumber, decisionDate ...) is stored once,
 * at top level; {@code attributes} holds only the other fields (ID numbers as hash, ciphertext and
 * mask objects). {@link #whole} puts the top-level values back under their column codes for readers
 * of a whole row. Documents stored before (every field under {@code attributes}) read the same.
 * Base records (subjects) keep every field under {@code attributes}.
 */
public final class RecordAttributes {

  /** Category id to (column code to role), for the record categories (not the base categories). */
  private static final Map<String, Map<String, String>> ROLES = roles(Catalog.loadFromClasspath());

  private RecordAttributes() {}

  private static Map<String, Map<String, String>> roles(Catalog catalog) {
    Map<String, Map<String, String>> roles = new LinkedHashMap<>();
    for (RecordCategory category : RecordCategory.values()) {
      Map<String, String> byKey = new LinkedHashMap<>();
      catalog.category(category.name()).record().forEach((role, key) -> byKey.putIfAbsent(key, role));
      roles.put(category.name(), Map.copyOf(byKey));
    }
    return Map.copyOf(roles);
  }

  /** The column codes of a record category whose values are stored at top level (empty for base categories). */
  public static Set<String> atTopLevel(CategoryDefinition category) {
    return ROLES.getOrDefault(category.id(), Map.of()).keySet();
  }

  /**
   * Every catalog field of a stored record: its {@code attributes} plus the top-level role values
   * under their column codes, as text (dates as {@code yyyy-MM-dd}, as reported). Null when the
   * record has no attributes (records of the demo dataset).
   *
   * @param topLevel a top-level field by role name, null when absent
   */
  public static @Nullable Map<String, Object> whole(RecordCategory category,
      @Nullable Map<String, Object> attributes, Function<String, @Nullable Object> topLevel) {
    if (attributes == null) {
      return null;
    }
    Map<String, String> roles = ROLES.get(category.name());
    Map<String, Object> whole = new LinkedHashMap<>(attributes);
    roles.forEach((key, role) -> {
      if (!whole.containsKey(key)) {
        Object value = topLevel.apply(role);
        if (value != null) {
          whole.put(key, value.toString());
        }
      }
    });
    return whole;
  }

  /** A stored record's top-level role values, looked up by role name for {@link #whole}. */
  record TopLevel(@Nullable Object title, @Nullable Object documentNumber, @Nullable Object authorityName,
      @Nullable Object authorityCode, @Nullable Object decisionDate, @Nullable Object validFrom,
      @Nullable Object validUntil, @Nullable Object summary, @Nullable Object sourceDepartmentName,
      @Nullable Object sourceDepartmentCode) {

    @Nullable Object byRole(String role) {
      return switch (role) {
        case "title" -> title;
        case "documentNumber" -> documentNumber;
        case "authorityName" -> authorityName;
        case "authorityCode" -> authorityCode;
        case "decisionDate" -> decisionDate;
        case "validFrom" -> validFrom;
        case "validUntil" -> validUntil;
        case "summary" -> summary;
        case "sourceDepartmentName" -> sourceDepartmentName;
        case "sourceDepartmentCode" -> sourceDepartmentCode;
        default -> null;
      };
    }
  }
}
