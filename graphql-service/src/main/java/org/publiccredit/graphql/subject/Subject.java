package org.publiccredit.graphql.subject;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.publiccredit.graphql.search.SubjectType;

/**
 * GraphQL type {@code Subject}. {@code subjectId} is internal (the document id under which the
 * records are found) and is not in the schema.
 *
 * @param code the code as this caller may see it: masked for natural persons without pii:read
 */
public record Subject(String subjectId, String code, String name, SubjectType type, @Nullable String town,
    @Nullable Registration registration) {

  /** GraphQL type {@code Registration}: business registration facts. */
  public record Registration(@Nullable String legalRepresentative, @Nullable LocalDate establishedDate,
      @Nullable BigDecimal registeredCapital, @Nullable String address, @Nullable String industry,
      @Nullable String status, @Nullable String registrationAuthority) {}

  @Override
  public String toString() {
    return "Subject[" + type + ", " + (type == SubjectType.NATURAL_PERSON ? "(person)" : code) + "]";
  }
}
