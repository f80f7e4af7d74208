package org.publiccredit.graphql.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A credit record with everything the profile and the publicity rules need: the common fields,
 * the catalog fields under {@code attributes} (ID numbers there only as hash, ciphertext and mask;
 * the fields stored at top level put back under their column codes by {@link RecordAttributes})
 * and the record's publicity state.
 */
public record FullRecord(
    String recordId,
    String subjectId,
    SubjectType subjectType,
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
    @Nullable Map<String, Object> attributes,
    @Nullable PublicityState publicityState) {

  public FullRecord {
    attributes = category == null ? attributes : RecordAttributes.whole(category, attributes,
        new RecordAttributes.TopLevel(title, documentNumber, authorityName, authorityCode, decisionDate, validFrom,
            validUntil, summary, sourceDepartmentName, sourceDepartmentCode)::byRole);
  }

  /**
   * Set by the objection and repair workflows, not by departments' submissions.
   *
   * @param withdrawnOn the decision was reversed or withdrawn with effect from this day
   * @param repairedOn the record was repaired with effect from this day
   * @param objectionSince an objection is pending since this day
   */
  public record PublicityState(@Nullable LocalDate withdrawnOn, @Nullable LocalDate repairedOn,
      @Nullable LocalDate objectionSince) {

    public static final PublicityState NONE = new PublicityState(null, null, null);
  }

  public PublicityState state() {
    return publicityState == null ? PublicityState.NONE : publicityState;
  }

  /**
   * A catalog field as text: personal information only as its mask, never its hash or ciphertext.
   * Null when absent or empty.
   */
  public @Nullable String attribute(String key) {
    Object value = attributes == null ? null : attributes.get(key);
    if (value instanceof Map<?, ?> protectedValue) {
      value = protectedValue.get("masked");
    }
    if (value == null || value instanceof List<?>) {
      return null;
    }
    String text = value.toString();
    return text.isBlank() ? null : text;
  }

  @Override
  public String toString() {
    // attributes hold lookup keys and ciphertexts of ID numbers: keep them out of logs.
    return "FullRecord[" + recordId + ", " + category + "]";
  }
}
