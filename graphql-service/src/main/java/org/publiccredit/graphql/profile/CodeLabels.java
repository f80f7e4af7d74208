package org.publiccredit.graphql.profile;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.publiccredit.graphql.search.FullRecord;
import org.publiccredit.schema.catalog.Catalog;
import org.publiccredit.schema.catalog.CategoryDefinition;
import org.publiccredit.schema.catalog.Enumeration;
import org.publiccredit.schema.catalog.FieldDefinition;

/** Reads catalog fields of a stored record: codes shown by their Chinese label, multi-valued fields split. */
final class CodeLabels {

  private final Catalog catalog;
  /** By category id; fields by key: looked up for every record of every profile. */
  private final java.util.Map<String, CategoryDefinition> categories = new java.util.HashMap<>();
  private final java.util.Map<String, java.util.Map<String, FieldDefinition>> fields = new java.util.HashMap<>();

  CodeLabels(Catalog catalog) {
    this.catalog = catalog;
    for (CategoryDefinition category : catalog.categories()) {
      categories.put(category.id(), category);
      java.util.Map<String, FieldDefinition> byKey = new java.util.HashMap<>();
      category.fields().forEach(f -> byKey.put(f.key(), f));
      fields.put(category.id(), byKey);
    }
  }

  /** The label of a coded field's value; the value itself when it is not a known code. */
  @Nullable String label(FullRecord record, String key) {
    String value = record.attribute(key);
    FieldDefinition field = field(record, key);
    if (value == null || field == null || field.enumeration() == null) {
      return value;
    }
    Enumeration enumeration = catalog.enumeration(field.enumeration());
    return enumeration.contains(value) ? enumeration.entry(value).label().zh() : value;
  }

  /** The codes of a multi-valued field, e.g. CFLB {@code 警告;罚款}. */
  List<String> codes(FullRecord record, String key) {
    String value = record.attribute(key);
    if (value == null) {
      return List.of();
    }
    FieldDefinition field = field(record, key);
    String separator = field == null || field.separator() == null ? ";" : field.separator();
    return Arrays.stream(value.split(java.util.regex.Pattern.quote(separator))).map(String::strip)
        .filter(s -> !s.isEmpty()).toList();
  }

  /**
   * The record's title as people read it: where the catalog maps the title onto a coded field
   * (a list's type, an abnormal-operations action), its label rather than the code.
   */
  String title(FullRecord record) {
    CategoryDefinition category = category(record);
    String key = category == null ? null : category.record().get("title");
    if (key == null) {
      return record.title();
    }
    String label = label(record, key);
    return label == null ? record.title() : label;
  }

  private @Nullable FieldDefinition field(FullRecord record, String key) {
    var byKey = fields.get(record.category().name());
    return byKey == null ? null : byKey.get(key);
  }

  private @Nullable CategoryDefinition category(FullRecord record) {
    return categories.get(record.category().name());
  }
}
