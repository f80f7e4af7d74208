package org.publiccredit.graphql.search;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Comparator;
import java.util.Optional;

/**
 * Position after a record in the order (decision date descending, record id ascending): the
 * search_after values, encoded so that clients treat them as opaque.
 *
 * @param decisionDateMillis the decision date as Elasticsearch sorts it (epoch milliseconds)
 */
public record RecordCursor(long decisionDateMillis, String recordId) {

  /**
   * The record order on cursors, as Elasticsearch sorts {@code RECORD_ORDER}: decision date
   * descending, then record id ascending (a keyword compares by its bytes, which for record ids,
   * ASCII, is {@link String#compareTo}).
   */
  public static final Comparator<RecordCursor> ORDER = Comparator.comparingLong(RecordCursor::decisionDateMillis)
      .reversed().thenComparing(RecordCursor::recordId);

  private static final String VERSION = "r1";
  private static final long MILLIS_PER_DAY = 86_400_000L;

  /** The cursor of a record decided on {@code decisionDate}: a {@code strict_date} sorts as its UTC midnight. */
  public static RecordCursor of(LocalDate decisionDate, String recordId) {
    return new RecordCursor(decisionDate.toEpochDay() * MILLIS_PER_DAY, recordId);
  }

  /** URL-safe base64 without padding. */
  public String encode() {
    String plain = VERSION + ':' + decisionDateMillis + ':' + recordId;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor, or empty when the text was not produced by {@link #encode()}. */
  public static Optional<RecordCursor> decode(String cursor) {
    try {
      String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      String[] parts = plain.split(":", 3);
      if (parts.length != 3 || !parts[0].equals(VERSION) || parts[2].isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new RecordCursor(Long.parseLong(parts[1]), parts[2]));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
