package org.publiccredit.graphql.search;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Dates of stored documents ({@code yyyy-MM-dd}, as the index templates store them) read without
 * {@code DateTimeFormatter}: a profile reads about 80 records with three to five dates each, and
 * Jackson's {@code LocalDate.parse} built a parse context, a field map and a resolved copy for
 * every one, 4% of the service's allocation and 3% of its CPU samples per profile (session 6).
 * Anything that is not exactly four, two and two ASCII digits, or not a real day, goes to Jackson's
 * own deserializer, so it is read, or refused, as before.
 */
final class IsoLocalDates extends ValueDeserializer<LocalDate> {

  private IsoLocalDates() {}

  /** For the Elasticsearch client's mapper only (no {@code @JsonFormat} on the documents it reads). */
  static SimpleModule module() {
    return new SimpleModule("iso-local-dates").addDeserializer(LocalDate.class, new IsoLocalDates());
  }

  @Override
  public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
    if (parser.hasToken(JsonToken.VALUE_STRING)) {
      LocalDate date = parse(parser.getString());
      if (date != null) {
        return date;
      }
    }
    return LocalDateDeserializer.INSTANCE.deserialize(parser, context);
  }

  /** The day of an ISO {@code yyyy-MM-dd}, or null when the text is anything else. */
  static @Nullable LocalDate parse(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException notADay) {
      return null;
    }
  }

  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
