package org.publiccredit.graphql.search;

import java.time.LocalDate;
import org.publiccredit.schema.catalog.IsoDates;
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
      LocalDate date = IsoDates.parse(parser.getString());
      if (date != null) {
        return date;
      }
    }
    return LocalDateDeserializer.INSTANCE.deserialize(parser, context);
  }
}
