package org.publiccredit.graphql.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.publiccredit.graphql.search.RecordCategory;
import org.publiccredit.graphql.search.SubjectType;

/**
 * A subject with its records as a source delivers it (the demo dataset's JSON Lines shape).
 * The code is still raw here: {@link SubjectIngestion} validates it.
 */
public record IncomingSubject(String code, SubjectType type, String name, @Nullable String town,
    @Nullable Registration registration, @Nullable List<Record> records) {

  /** Business registration facts; absent for natural persons. */
  public record Registration(@Nullable String legalRepresentative, @Nullable LocalDate establishedDate,
      @Nullable BigDecimal registeredCapital, @Nullable String address, @Nullable String industry,
      @Nullable String status, @Nullable String registrationAuthority) {}

  /** One credit record of the subject. */
  public record Record(RecordCategory category, String title, @Nullable String documentNumber,
      @Nullable Organisation authority, LocalDate decisionDate, @Nullable LocalDate validFrom,
      @Nullable LocalDate validUntil, @Nullable String summary, Organisation sourceDepartment) {}

  /** An authority or department with its unified social credit code. */
  public record Organisation(String name, @Nullable String code) {}

  @Override
  public String toString() {
    // The raw code may be an ID number: never let it reach a log through toString.
    return "IncomingSubject[" + type + "]";
  }
}
