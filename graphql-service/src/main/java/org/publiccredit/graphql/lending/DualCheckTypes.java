package org.publiccredit.graphql.lending;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.publiccredit.graphql.evaluation.ScorecardItem;

/** The GraphQL shapes of {@code dualCheck}; union members resolve by class name. */
final class DualCheckTypes {

  private DualCheckTypes() {}

  record DualCheckInput(String subjectCode, String purpose, String amount, int termMonths,
      @Nullable String consentReference) {

    @Override
    public String toString() {
      return "DualCheckInput[" + purpose + "]"; // the code may be an ID number
    }
  }

  /** Either kind of {@code DualCheckPayload}. */
  sealed interface DualCheckPayload permits DualCheckResult, DualCheckRefused {}

  record DualCheckRefused(String reason, String message) implements DualCheckPayload {}

  record DualCheckResult(
      String checkId,
      String checkedAt,
      CheckedSubject subject,
      String purpose,
      BigDecimal amount,
      int termMonths,
      @Nullable String consentReference,
      String decision,
      CombinedRating rating,
      List<Reason> reasons,
      boolean qualitativeUnavailable,
      String qualitativeStatus,
      @Nullable QualitativeFacts qualitative,
      Scorecard scorecard,
      List<TaxRatingEntry> taxRatings,
      Freshness freshness) implements DualCheckPayload {}

  /**
   * @param code the code as the caller sent it, masked for persons
   * @param registered whether the platform holds the subject
   */
  record CheckedSubject(String code, @Nullable String name, String type, boolean registered) {}

  /** @param basis COMBINED or PUBLIC_ONLY */
  record CombinedRating(String rating, double score, String basis, double publicScore, @Nullable Double qualitativeScore) {}

  record Scorecard(double basePoints, double score, String grade, List<ScorecardItem> items) {}

  record TaxRatingEntry(int year, String level, @Nullable String score, LocalDate evaluationDate,
      @Nullable String authorityName, String recordId) {}

  record Freshness(String checkedAt, @Nullable String reportTime, @Nullable LocalDate newestPublicRecordDate,
      @Nullable String publicRecordsUpdatedAt) {}
}
