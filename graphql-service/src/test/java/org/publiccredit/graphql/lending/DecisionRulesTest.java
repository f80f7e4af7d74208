package org.publiccredit.graphql.lending;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.publiccredit.graphql.evaluation.ScorecardResult;
import org.publiccredit.graphql.search.PublicRecord;
import org.publiccredit.graphql.search.RecordCategory;
import org.publiccredit.localstack.RepositoryLayout;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.FileSystemResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The report's facts and the decision order with the real rules of config/lending/dual-check.yml. */
class DecisionRulesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  static final DualCheckProperties RULES = bind();
  final QualitativeAssessment assessment = new QualitativeAssessment(RULES.qualitative());
  final DecisionRules rules = new DecisionRules(RULES);

  static DualCheckProperties bind() {
    try {
      var sources = new YamlPropertySourceLoader().load("dual-check",
          new FileSystemResource(RepositoryLayout.config().resolve("lending/dual-check.yml")));
      return new Binder(ConfigurationPropertySources.from(sources)).bind(DualCheckProperties.PREFIX,
          DualCheckProperties.class).get();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode report(String file) {
    try {
      return JsonMapper.builder().build().readTree(
          Files.readString(RepositoryLayout.config().resolve("credit-reference/__files/reports").resolve(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ScorecardResult card(double score) {
    return new ScorecardResult(60, score, "GOOD", List.of());
  }

  @Test
  void theDemoPersonsReportBecomesFacts() {
    var result = assessment.assess(report("person-370982198503120017.json"), TODAY);

    QualitativeFacts facts = result.facts();
    assertThat(facts).isNotNull();
    assertThat(facts.currentOverdueAmount()).isEqualByComparingTo("18650.00");
    assertThat(facts.currentOverduePeriods()).isEqualTo(2);
    assertThat(facts.overdueMonthsLast24()).isEqualTo(4);
    assertThat(facts.worstRepaymentStatus()).isEqualTo("2");
    assertThat(facts.worstLoanClassification()).isEqualTo("关注");
    assertThat(facts.guaranteesInDefault()).isZero();
    assertThat(facts.recentHardQueries()).isZero();
    assertThat(result.reasons()).extracting(Reason::code)
        .containsExactly("REPORT_CURRENT_OVERDUE", "REPORT_LOAN_CLASSIFICATION", "REPORT_OVERDUE_HISTORY");
    assertThat(result.reasons().getFirst().accountNumber()).isEqualTo("PD01-0003");
    assertThat(result.points()).isEqualTo(100 - 25 - 20 - 12);
  }

  @Test
  void theSevereCompanysLossClassificationDeclines() {
    var result = assessment.assess(report("enterprise-91370982MA3E7Y2RXK.json"), TODAY);

    assertThat(result.facts().worstLoanClassification()).isEqualTo("损失");
    assertThat(result.reasons().getFirst().code()).isEqualTo("REPORT_LOAN_LOSS_CLASSIFICATION");
    assertThat(result.reasons().getFirst().effect()).isEqualTo(Decision.DECLINE);
  }

  @Test
  void aCleanReportAndAGoodRecordAreEligibleWithinTheLimit() {
    var clean = assessment.assess(report("enterprise-91370982MA3CGP5N9H.json"), TODAY);
    assertThat(clean.reasons()).isEmpty();

    var outcome = rules.decide(List.of(), true, card(70), new DecisionRules.Qualitative(clean.points(), clean.reasons()),
        "AVAILABLE", false, new BigDecimal("500000"), 12, TODAY);

    assertThat(outcome.decision()).isEqualTo(Decision.PURE_CREDIT_ELIGIBLE);
    assertThat(outcome.rating().rating()).isEqualTo("AA");
    assertThat(outcome.reasons()).extracting(Reason::code).containsExactly("PURE_CREDIT_WITHIN_LIMIT");

    var tooMuch = rules.decide(List.of(), true, card(70), new DecisionRules.Qualitative(clean.points(), List.of()),
        "AVAILABLE", false, new BigDecimal("2500000"), 48, TODAY);
    assertThat(tooMuch.decision()).isEqualTo(Decision.NEEDS_COLLATERAL_OR_REVIEW);
    assertThat(tooMuch.reasons()).extracting(Reason::code)
        .containsExactly("AMOUNT_ABOVE_PURE_CREDIT_LIMIT", "TERM_ABOVE_PURE_CREDIT_MAXIMUM");
  }

  @Test
  void hardRulesComeFirstAndCiteTheRecord() {
    PublicRecord black = new PublicRecord("rec-1", RecordCategory.BLACK_LIST, "拖欠农民工工资", "示人社〔2024〕5号",
        "示范市人力资源和社会保障局", null, TODAY.minusYears(1), TODAY.minusYears(1), TODAY.plusYears(1), "", null, null,
        null, Map.of());
    var report = assessment.assess(report("person-370982198503120017.json"), TODAY);

    var outcome = rules.decide(List.of(black), true, card(20), new DecisionRules.Qualitative(report.points(),
        report.reasons()), "AVAILABLE", true, new BigDecimal("100000"), 12, TODAY);

    assertThat(outcome.decision()).isEqualTo(Decision.DECLINE);
    Reason first = outcome.reasons().getFirst();
    assertThat(first.code()).isEqualTo("HARD_RULE_BLACK_LIST");
    assertThat(first.record()).isNotNull();
    assertThat(first.record().recordId()).isEqualTo("rec-1");
    assertThat(first.record().documentNumber()).isEqualTo("示人社〔2024〕5号");
    // Ordered: every DECLINE before every review reason.
    assertThat(outcome.reasons()).extracting(Reason::effect).isSortedAccordingTo((a, b) -> b.ordinal() - a.ordinal());
  }

  @Test
  void withoutTheReportTheBestIsReview() {
    var outcome = rules.decide(List.of(), true, card(95), null, "TIMEOUT", false, new BigDecimal("100000"), 12, TODAY);

    assertThat(outcome.decision()).isEqualTo(Decision.NEEDS_COLLATERAL_OR_REVIEW);
    assertThat(outcome.rating().basis()).isEqualTo("PUBLIC_ONLY");
    assertThat(outcome.rating().qualitativeScore()).isNull();
    assertThat(outcome.reasons()).extracting(Reason::code).containsExactly("QUALITATIVE_UNAVAILABLE");
  }
}
