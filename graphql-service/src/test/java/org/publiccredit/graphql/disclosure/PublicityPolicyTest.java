package org.publiccredit.graphql.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.publiccredit.graphql.search.RecordCategory;
import org.publiccredit.localstack.RepositoryLayout;
import org.springframework.core.io.FileSystemResource;

/** Every rule of config/publicity/publicity-rules.yml, with the clock moved across its boundaries. */
class PublicityPolicyTest {

  static final PublicityRules RULES = PublicityRules.load(
      new FileSystemResource(RepositoryLayout.config().resolve("publicity/publicity-rules.yml")));
  private static final LocalDate DECIDED = LocalDate.of(2024, 3, 15);

  private final MovableClock clock = MovableClock.on(DECIDED);
  private final PublicityPolicy policy = new PublicityPolicy(RULES, clock);

  @Test
  void theEarliestPublicDecisionIsExactAcrossMonthEndsAndLeapDays() {
    // A one-year rule: a decision of 29 Feb 2028 is public until 27 Feb 2029 (29 Feb + 1 year is
    // 28 Feb), so on 28 Feb 2029 the earliest public decision is 1 Mar 2028, not the 29 Feb that
    // "day - 1 year + 1 day" gives.
    assertThat(PublicityPolicy.earliestStillPublic(java.time.Period.ofYears(1), LocalDate.of(2029, 2, 28)))
        .isEqualTo(LocalDate.of(2028, 3, 1));
    for (var period : List.of(java.time.Period.ofMonths(3), java.time.Period.ofYears(1), java.time.Period.ofYears(5))) {
      for (LocalDate day = LocalDate.of(2027, 11, 1); day.isBefore(LocalDate.of(2029, 4, 1)); day = day.plusDays(1)) {
        LocalDate earliest = PublicityPolicy.earliestStillPublic(period, day);
        assertThat(earliest.plus(period).minusDays(1)).as(period + " on " + day).isAfterOrEqualTo(day);
        assertThat(earliest.minusDays(1).plus(period).minusDays(1)).as(period + " on " + day).isBefore(day);
      }
    }
  }

  @Test
  void everyRuleHasACitationInTheFile() {
    for (RuleId id : RuleId.values()) {
      assertThat(RULES.rule(id).citation()).as(id.key()).isNotBlank();
    }
    assertThat(RULES.objectionCitation()).contains("Art. 25");
  }

  @Test
  void aRulesFileWithoutACitationIsRefused() {
    assertThatThrownBy(() -> new PublicityRules(RULES.zone(), Map.of(), "x", RULES.penalties()))
        .hasMessageContaining("penalty-warning-only");
  }

  @Test
  void aWarningOnlyPenaltyIsNeverPublished() {
    RecordFacts warning = penalty(List.of("警告"), null);
    Publicity publicity = policy.decide(warning, Viewer.PUBLIC);
    assertThat(publicity.publiclyVisible()).isFalse();
    assertThat(publicity.visible()).isFalse();
    assertThat(publicity.rule()).isEqualTo(RuleId.PENALTY_WARNING_ONLY);
    assertThat(publicity.until()).isNull();
    assertThat(policy.decide(warning, Viewer.GOVERNMENT).visible()).isTrue();
  }

  @Test
  void aMinorPenaltyIsPublicForThreeMonths() {
    RecordFacts minor = penalty(List.of("警告", "罚款"), new BigDecimal("0.5"));
    assertPublicUntil(minor, RuleId.PENALTY_MINOR, LocalDate.of(2024, 6, 14));
    assertPublicUntil(penalty(List.of("通报批评"), null), RuleId.PENALTY_MINOR, LocalDate.of(2024, 6, 14));
  }

  @Test
  void aLargerFineIsAGeneralPenaltyPublicForOneYear() {
    assertPublicUntil(penalty(List.of("罚款"), new BigDecimal("1.2")), RuleId.PENALTY_GENERAL, LocalDate.of(2025, 3, 14));
    assertPublicUntil(penalty(List.of("罚款"), null), RuleId.PENALTY_GENERAL, LocalDate.of(2025, 3, 14));
    assertPublicUntil(penalty(List.of(), null), RuleId.PENALTY_GENERAL, LocalDate.of(2025, 3, 14));
  }

  @Test
  void aSeverePenaltyIsPublicForThreeYears() {
    assertPublicUntil(penalty(List.of("罚款", "吊销许可证件"), BigDecimal.ONE), RuleId.PENALTY_SEVERE,
        LocalDate.of(2027, 3, 14));
  }

  @Test
  void dishonestyInformationIsPublicForAtMostFiveYears() {
    for (RecordCategory category : List.of(RecordCategory.BLACK_LIST, RecordCategory.SEVERE_DISHONEST_LIST,
        RecordCategory.COURT_DISHONEST_DEBTOR, RecordCategory.ABNORMAL_OPERATION, RecordCategory.OTHER_NEGATIVE)) {
      clock.setDay(DECIDED);
      assertPublicUntil(facts(category), RuleId.DISHONESTY, LocalDate.of(2029, 3, 14));
    }
  }

  @Test
  void licencesAndPositiveRecordsAreNotLimited() {
    for (RecordCategory category : List.of(RecordCategory.ADMINISTRATIVE_LICENSE, RecordCategory.RED_LIST,
        RecordCategory.POSITIVE_RECORD)) {
      clock.setDay(DECIDED.plusYears(20));
      Publicity publicity = policy.decide(facts(category), Viewer.PUBLIC);
      assertThat(publicity.publiclyVisible()).isTrue();
      assertThat(publicity.until()).isNull();
      assertThat(publicity.rule()).isEqualTo(RuleId.NOT_LIMITED);
    }
  }

  @Test
  void aCommitmentIsPublicOnlyWhenItsDisclosureSaysSo() {
    RecordFacts base = facts(RecordCategory.CREDIT_COMMITMENT);
    assertThat(policy.decide(with(base, "1", null), Viewer.PUBLIC).publiclyVisible()).isTrue();
    assertThat(policy.decide(with(base, "2", null), Viewer.PUBLIC).publiclyVisible()).isFalse();
    Publicity hidden = policy.decide(with(base, "3", null), Viewer.INSTITUTION);
    assertThat(hidden.visible()).isFalse();
    assertThat(hidden.rule()).isEqualTo(RuleId.COMMITMENT_DISCLOSURE);
  }

  @Test
  void onlyALevelTaxRatingsArePublic() {
    RecordFacts base = facts(RecordCategory.TAX_RATING);
    assertThat(policy.decide(with(base, null, "A"), Viewer.PUBLIC).publiclyVisible()).isTrue();
    assertThat(policy.decide(with(base, null, "C"), Viewer.PUBLIC).publiclyVisible()).isFalse();
    assertThat(policy.decide(with(base, null, "C"), Viewer.GOVERNMENT).visible()).isTrue();
  }

  @Test
  void aRepairedRecordLeavesPublicViewButStaysVisibleToTheSubjectAndGovernment() {
    RecordFacts repaired = state(facts(RecordCategory.BLACK_LIST), null, DECIDED.plusMonths(6), null);
    clock.setDay(DECIDED.plusMonths(6).minusDays(1));
    assertThat(policy.decide(repaired, Viewer.PUBLIC).publiclyVisible()).isTrue();

    clock.setDay(DECIDED.plusMonths(6));
    Publicity publicly = policy.decide(repaired, Viewer.PUBLIC);
    assertThat(publicly.visible()).isFalse();
    assertThat(publicly.rule()).isEqualTo(RuleId.REPAIRED);
    assertThat(publicly.until()).isEqualTo(DECIDED.plusMonths(6).minusDays(1));
    assertThat(policy.decide(repaired, Viewer.INSTITUTION).visible()).isFalse();
    assertThat(policy.decide(repaired, Viewer.SUBJECT).visible()).isTrue();
    assertThat(policy.decide(repaired, Viewer.GOVERNMENT).visible()).isTrue();
    assertThat(policy.decide(repaired, Viewer.GOVERNMENT).publiclyVisible()).isFalse();
  }

  @Test
  void aWithdrawnRecordLeavesPublicView() {
    RecordFacts withdrawn = state(penalty(List.of("罚款"), null), DECIDED.plusDays(10), null, null);
    clock.setDay(DECIDED.plusDays(9));
    assertThat(policy.decide(withdrawn, Viewer.PUBLIC).visible()).isTrue();
    clock.setDay(DECIDED.plusDays(10));
    Publicity publicity = policy.decide(withdrawn, Viewer.PUBLIC);
    assertThat(publicity.visible()).isFalse();
    assertThat(publicity.rule()).isEqualTo(RuleId.WITHDRAWN);
    assertThat(publicity.citation()).contains("Art. 40");
  }

  @Test
  void aRecordUnderObjectionIsFlaggedAndStaysVisible() {
    RecordFacts disputed = state(penalty(List.of("罚款"), null), null, null, DECIDED.plusDays(3));
    clock.setDay(DECIDED.plusDays(2));
    assertThat(policy.decide(disputed, Viewer.PUBLIC).underObjection()).isFalse();
    clock.setDay(DECIDED.plusDays(3));
    Publicity publicity = policy.decide(disputed, Viewer.PUBLIC);
    assertThat(publicity.underObjection()).isTrue();
    assertThat(publicity.visible()).isTrue();
  }

  @Test
  void todayIsTheDayInChinaNotInUtc() {
    // 2024-06-14 23:30 UTC is already 2024-06-15 in China: the minor penalty's last day has passed.
    clock.setDay(LocalDate.of(2024, 6, 14));
    clock.advance(java.time.Duration.ofHours(19).plusMinutes(30)); // noon in China + 19:30 = 23:30 UTC
    assertThat(policy.today()).isEqualTo(LocalDate.of(2024, 6, 15));
    assertThat(policy.decide(penalty(List.of("通报批评"), null), Viewer.PUBLIC).visible()).isFalse();
  }

  private void assertPublicUntil(RecordFacts record, RuleId rule, LocalDate lastDay) {
    clock.setDay(lastDay);
    Publicity onLastDay = policy.decide(record, Viewer.PUBLIC);
    assertThat(onLastDay.rule()).isEqualTo(rule);
    assertThat(onLastDay.until()).isEqualTo(lastDay);
    assertThat(onLastDay.visible()).as("public on its last day").isTrue();
    clock.setDay(lastDay.plusDays(1));
    Publicity after = policy.decide(record, Viewer.PUBLIC);
    assertThat(after.visible()).as("public the day after").isFalse();
    assertThat(policy.decide(record, Viewer.INSTITUTION).visible()).isFalse();
    assertThat(policy.decide(record, Viewer.GOVERNMENT).visible()).isTrue();
  }

  static RecordFacts penalty(List<String> categories, @Nullable BigDecimal fine) {
    return new RecordFacts(RecordCategory.ADMINISTRATIVE_PENALTY, DECIDED, categories, fine, null, null, null, null, null);
  }

  static RecordFacts facts(RecordCategory category) {
    return new RecordFacts(category, DECIDED, List.of(), null, null, null, null, null, null);
  }

  private static RecordFacts with(RecordFacts r, @Nullable String disclosure, @Nullable String taxLevel) {
    return new RecordFacts(r.category(), r.decisionDate(), r.penaltyCategories(), r.fineAmount(), disclosure, taxLevel,
        r.withdrawnOn(), r.repairedOn(), r.objectionSince());
  }

  private static RecordFacts state(RecordFacts r, @Nullable LocalDate withdrawn, @Nullable LocalDate repaired,
      @Nullable LocalDate objection) {
    return new RecordFacts(r.category(), r.decisionDate(), r.penaltyCategories(), r.fineAmount(),
        r.commitmentDisclosure(), r.taxLevel(), withdrawn, repaired, objection);
  }
}
