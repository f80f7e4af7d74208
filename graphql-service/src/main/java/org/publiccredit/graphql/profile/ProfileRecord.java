package org.publiccredit.graphql.profile;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.publiccredit.graphql.disclosure.Publicity;
import org.publiccredit.graphql.disclosure.RuleId;
import org.publiccredit.graphql.search.RecordCategory;
import org.publiccredit.graphql.search.RecordCursor;

/**
 * GraphQL type {@code ProfileRecord}: a record as one client sees it in a profile, with the
 * fields of its kind and its publicity.
 */
public record ProfileRecord(String id, RecordCategory category, String title, @Nullable String documentNumber,
    @Nullable Organisation authority, LocalDate decisionDate, @Nullable LocalDate validFrom,
    @Nullable LocalDate validUntil, @Nullable String summary, @Nullable Organisation sourceDepartment,
    List<String> penaltyCategories, @Nullable String fineAmount, @Nullable ListStatus listStatus,
    @Nullable String listName, @Nullable String taxLevel, @Nullable String fulfilment,
    @Nullable String commitmentType, PublicityView publicity) {

  /** GraphQL type {@code Organisation}. */
  public record Organisation(String name, @Nullable String code) {}

  /**
   * GraphQL type {@code Publicity}.
   *
   * @param visible whether the public sees the record today
   */
  public record PublicityView(boolean visible, @Nullable LocalDate until, RuleId rule, String citation,
      boolean underObjection) {

    static PublicityView of(Publicity publicity) {
      return new PublicityView(publicity.publiclyVisible(), publicity.until(), publicity.rule(), publicity.citation(),
          publicity.underObjection());
    }
  }

  /** Where this record sits in the order (decision date descending, id ascending). */
  public RecordCursor cursor() {
    return RecordCursor.of(decisionDate, id);
  }
}
