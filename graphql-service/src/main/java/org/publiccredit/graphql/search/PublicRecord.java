package org.publiccredit.graphql.search;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A stored credit record with every catalog field it was reported with ({@code attributes}, ID
 * numbers only as hash, ciphertext and mask; the fields stored at top level put back under their
 * column codes by {@link RecordAttributes}), for rules that need more than the common fields.
 * Records loaded from the demo dataset have no attributes.
 *
 * @param updatedAt when this version was stored (ISO-8601), for data freshness
 */
public record PublicRecord(
    String recordId,
    RecordCategory category,
    String title,
    @Nullable String documentNumber,
    @Nullable String authorityName,
    @Nullable String authorityCode,
    LocalDate decisionDate,
    @Nullable LocalDate validFrom,
    @Nullable LocalDate validUntil,
    @Nullable String summary,
    @Nullable String sourceDepartmentName,
    @Nullable String sourceDepartmentCode,
    @Nullable String updatedAt,
    @Nullable Map<String, Object> attributes) {

  public PublicRecord {
    attributes = category == null ? attributes : RecordAttributes.whole(category, attributes,
        new RecordAttributes.TopLevel(title, documentNumber, authorityName, authorityCode, decisionDate, validFrom,
            validUntil, summary, sourceDepartmentName, sourceDepartmentCode)::byRole);
  }

  /** A plain (non-personal) attribute as text, or null when absent. */
  public @Nullable String attribute(String key) {
    if (attributes == null) {
      return null;
    }
    Object value = attributes.get(key);
    return value == null || value instanceof Map<?, ?> ? null : value.toString();
  }

  @Override
  public String toString() {
    return "PublicRecord[" + recordId + ", " + category + "]";
  }
}
