package org.publiccredit.graphql.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.publiccredit.graphql.search.PublicRecord;
import org.publiccredit.graphql.search.RecordCategory;
import org.publiccredit.localstack.RepositoryLayout;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.FileSystemResource;

/** The scorecard with the real weights of config/lending/scorecard.yml: every point explained. */
class ScorecardTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  static <T> T bind(String file, String prefix, Class<T> type) {
    try {
      var sources = new YamlPropertySourceLoader().load(file,
          new FileSystemResource(RepositoryLayout.config().resolve("lending").resolve(file)));
      return new Binder(ConfigurationPropertySources.from(sources)).bind(prefix, type).get();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static final ScorecardProperties WEIGHTS = bind("scorecard.yml", ScorecardProperties.PREFIX, ScorecardProperties.class);
  final Scorecard scorecard = new Scorecard(WEIGHTS);

  static PublicRecord record(String id, RecordCategory category, String title, LocalDate decided,
      @org.jspecify.annotations.Nullable LocalDate validUntil, String summary,
      @org.jspecify.annotations.Nullable Map<String, Object> attributes) {
    return new PublicRecord(id, category, title, "DOC-" + id, "示范市某局", null, decided, decided, validUntil,
        summary, null, null, null, attributes);
  }

  @Test
  void theConfiguredTableBinds() {
    assertThat(WEIGHTS.basePoints()).isEqualTo(60);
    assertThat(WEIGHTS.listPoints()).containsEntry("BLACK_LIST", -40.0).containsEntry("RED_LIST", 10.0);
    assertThat(WEIGHTS.taxLevelPoints()).containsKeys("A", "B", "M", "C", "D");
    assertThat(WEIGHTS.negativeAgeBands()).hasSize(3);
  }

  @Test
  void everyPointComesFromOneRecordAndOneWeight() {
    List<PublicRecord> records = List.of(
        record("p-severe", RecordCategory.ADMINISTRATIVE_PENALTY, "无证经营", TODAY.minusMonths(6), null, "吊销许可证件",
            Map.of("penaltyCategory", "吊销许可证件")),
        record("p-old", RecordCategory.ADMINISTRATIVE_PENALTY, "超范围经营", TODAY.minusYears(2), null, "罚款",
            Map.of("penaltyCategory", "罚款")),
        record("p-ancient", RecordCategory.ADMINISTRATIVE_PENALTY, "超范围经营", TODAY.minusYears(6), null, "罚款",
            Map.of("penaltyCategory", "罚款")),
        record("p-warning-expired", RecordCategory.ADMINISTRATIVE_PENALTY, "标签", TODAY.minusMonths(4), null, "警告",
            Map.of("penaltyCategory", "警告")),
        record("red", RecordCategory.RED_LIST, "守信激励", TODAY.minusYears(1), TODAY.plusYears(1), "", Map.of()),
        record("tax-2025", RecordCategory.TAX_RATING, "A", TODAY.minusMonths(7), null, "",
            Map.of("year", "2025", "level", "A", "score", "95")),
        record("tax-2024", RecordCategory.TAX_RATING, "C", TODAY.minusMonths(19), null, "",
            Map.of("year", "2024", "level", "C", "score", "55")),
        record("kept", RecordCategory.CREDIT_COMMITMENT, "承诺", TODAY.minusYears(1), null, "", Map.of("fulfilment", "1")),
        record("broken", RecordCategory.CREDIT_COMMITMENT, "承诺", TODAY.minusMonths(3), null, "", Map.of("fulfilment", "3")),
        record("honour", RecordCategory.POSITIVE_RECORD, "省级荣誉", TODAY.minusYears(1), null, "", Map.of("level", "2")),
        record("licence", RecordCategory.ADMINISTRATIVE_LICENSE, "许可", TODAY.minusYears(1), null, "", Map.of()));

    ScorecardResult card = scorecard.score(records, TODAY);

    assertThat(card.items()).extracting(ScorecardItem::recordId, ScorecardItem::rule, ScorecardItem::points)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("p-severe", "penalty.severe-points", -15.0),
            org.assertj.core.groups.Tuple.tuple("p-old", "penalty.general-points", -2.5),
            org.assertj.core.groups.Tuple.tuple("red", "list-points.RED_LIST", 10.0),
            org.assertj.core.groups.Tuple.tuple("tax-2025", "tax-level-points.A", 15.0),
            org.assertj.core.groups.Tuple.tuple("kept", "commitment-points.1", 2.0),
            org.assertj.core.groups.Tuple.tuple("broken", "commitment-points.3", -10.0),
            org.assertj.core.groups.Tuple.tuple("honour", "honour-level-points.2", 6.0));
    // Nothing else moves the score: base plus the items is the score.
    double sum = card.items().stream().mapToDouble(ScorecardItem::points).sum();
    assertThat(card.score()).isEqualTo(WEIGHTS.basePoints() + sum).isEqualTo(65.5);
    assertThat(card.grade()).isEqualTo("FAIR");
    assertThat(card.items()).allSatisfy(i -> assertThat(i.explanation()).isNotBlank());
    assertThat(card.items()).filteredOn(i -> i.recordId().equals("p-old")).singleElement()
        .satisfies(i -> assertThat(i.ageFactor()).isEqualTo(0.5));
  }

  @Test
  void dishonestyListsCountWhileInForceAndTheTotalIsClamped() {
    List<PublicRecord> records = List.of(
        record("black", RecordCategory.BLACK_LIST, "欠薪", TODAY.minusYears(1), TODAY.plusYears(2), "", Map.of()),
        record("court", RecordCategory.COURT_DISHONEST_DEBTOR, "失信", TODAY.minusYears(1), null, "", Map.of()),
        record("ended", RecordCategory.SEVERE_DISHONEST_LIST, "严重", TODAY.minusYears(4), TODAY.minusYears(1), "",
            Map.of()));

    ScorecardResult card = scorecard.score(records, TODAY);

    assertThat(card.items()).extracting(ScorecardItem::recordId).containsExactlyInAnyOrder("black", "court");
    assertThat(card.score()).isZero();
    assertThat(card.grade()).isEqualTo("POOR");
  }

  @Test
  void demoRecordsWithoutAttributesAreReadFromTitleAndSummary() {
    List<PublicRecord> records = List.of(
        record("tax", RecordCategory.TAX_RATING, "2025年度纳税信用等级B级", TODAY.minusMonths(7), null, "", null),
        record("commitment", RecordCategory.CREDIT_COMMITMENT, "信用承诺书", TODAY.minusYears(1), null,
            "承诺……履行情况：部分履行。", null),
        record("penalty", RecordCategory.ADMINISTRATIVE_PENALTY, "处罚", TODAY.minusMonths(2), null, "给予警告并处罚款1.2万元", null));

    ScorecardResult card = scorecard.score(records, TODAY);

    assertThat(card.items()).extracting(ScorecardItem::rule)
        .containsExactlyInAnyOrder("tax-level-points.B", "commitment-points.2", "penalty.general-points");
  }
}
