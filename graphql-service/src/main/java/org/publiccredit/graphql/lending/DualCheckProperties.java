package org.publiccredit.graphql.lending;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The dual-check's rules; the table and the reason for each rule are config/lending/dual-check.yml.
 *
 * @param timeBudget how long a check waits for the qualitative side (the time limiter's own
 *     timeout should be shorter); past it the answer is degraded
 * @param hardRuleCategories public record categories that mean DECLINE while in force
 * @param ratingScale combined score bands, any order; the highest band reached applies
 * @param pureCreditLimits the ratings that allow a pure-credit loan, with the largest amount (CNY)
 * @param declineRatings ratings that mean DECLINE on their own
 */
@Validated
@ConfigurationProperties(DualCheckProperties.PREFIX)
record DualCheckProperties(
    @NotNull(message = "is missing: set PLATFORM_LENDING_CONFIG to the directory of config/lending/")
    Duration timeBudget,
    @NotEmpty List<String> hardRuleCategories,
    @NotNull @Valid Qualitative qualitative,
    double publicWeight,
    double qualitativeWeight,
    @NotEmpty List<RatingBand> ratingScale,
    @NotEmpty Map<String, BigDecimal> pureCreditLimits,
    @NotNull BigDecimal personPureCreditLimit,
    int maxPureCreditTermMonths,
    List<String> declineRatings) {

  static final String PREFIX = "platform.lending.dual-check";

  /** Combined scores of at least {@code minScore} get {@code rating}. */
  record RatingBand(double minScore, String rating) {}

  /** How the credit reference report's facts become points and findings. */
  record Qualitative(
      double basePoints,
      List<String> declineClassifications,
      List<String> reviewClassifications,
      double declineClassificationPoints,
      double reviewClassificationPoints,
      double currentOverduePoints,
      double overdueMonthPoints,
      double overdueMonthCap,
      int allowedOverdueMonths,
      int reviewWorstStatus,
      List<String> declineStatuses,
      List<String> guaranteeDefaultClassifications,
      double guaranteeDefaultPoints,
      int hardQueryWindowMonths,
      List<String> hardQueryReasons,
      int allowedHardQueries,
      double hardQueryPoints,
      double openEnforcementPoints,
      double taxArrearsPoints,
      double noCreditRecordPoints) {}

  /** The rating of a combined score. */
  String rating(double score) {
    return ratingScale.stream().filter(b -> score >= b.minScore())
        .max(java.util.Comparator.comparingDouble(RatingBand::minScore))
        .map(RatingBand::rating)
        .orElse(ratingScale.stream().min(java.util.Comparator.comparingDouble(RatingBand::minScore)).orElseThrow().rating());
  }
}
