package org.publiccredit.graphql.profile;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.publiccredit.graphql.search.RecordCategory;

/**
 * GraphQL type {@code ProfileSummary}.
 *
 * @param activeNegativeRecords negative records public today and in force (lists ACTIVE, arrears unsettled)
 */
public record ProfileSummary(List<CategoryCount> countsByCategory, int totalRecords, int activeNegativeRecords,
    List<CurrentList> currentLists, @Nullable String latestTaxLevel, int recordsUnderObjection) {

  /** GraphQL type {@code CategoryCount}. */
  public record CategoryCount(RecordCategory category, int count) {}

  /** GraphQL type {@code CurrentList}: a list the subject is on today. */
  public record CurrentList(RecordCategory category, String name, LocalDate since, @Nullable LocalDate until,
      String recordId) {}
}
