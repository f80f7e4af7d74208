package org.publiccredit.graphql.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The scorecard's weights; the table and the reason for each weight are config/lending/scorecard.yml.
 *
 * @param basePoints where every subject starts
 * @param negativeAgeBands factors for negative records by age, youngest band first; older than
 *     the last band a negative record no longer counts
 * @param listPoints points per list category (BLACK_LIST, RED_LIST ...) while the entry is in force
 * @param taxLevelPoints points of the newest tax credit level (A, B, M, C, D)
 * @param honourLevelPoints points per HONOUR_LEVEL code, and {@code unknown}
 * @param commitmentPoints points per FULFILMENT code (1 kept, 2 partly, 3 not kept)
 * @param grades bands of the total, highest first
 */
@Validated
@ConfigurationProperties(ScorecardProperties.PREFIX)
public record ScorecardProperties(
    double basePoints,
    double floor,
    double ceiling,
    @NotEmpty(message = "is empty: set PLATFORM_LENDING_CONFIG to the directory of config/lending/")
    List<@Valid AgeBand> negativeAgeBands,
    @Valid Penalty penalty,
    double abnormalOperationPoints,
    double arrearsUnsettledPoints,
    double arrearsSettledPoints,
    Map<String, Double> listPoints,
    Map<String, Double> taxLevelPoints,
    int taxRatingMaxAgeYears,
    Map<String, Double> honourLevelPoints,
    Period positiveMaxAge,
    double positiveCap,
    Map<String, Double> commitmentPoints,
    double commitmentKeptCap,
    @NotEmpty List<Grade> grades) {

  static final String PREFIX = "platform.lending.scorecard";

  /** Negative records up to {@code maxAge} old count {@code factor} times their points. */
  public record AgeBand(Period maxAge, double factor) {}

  /**
   * Administrative penalties by severity, from the penalty categories (CFLB) of the record.
   *
   * @param minorMaxAge minor penalties stop counting when their publicity ends
   */
  public record Penalty(double severePoints, List<String> severeCategories, double minorPoints,
      List<String> minorCategories, Period minorMaxAge, double generalPoints) {}

  /** Totals of at least {@code minPoints} get {@code grade}. */
  public record Grade(double minPoints, String grade) {}
}
