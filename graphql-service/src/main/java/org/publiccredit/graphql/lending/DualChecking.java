package org.publiccredit.graphql.lending;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.publiccredit.graphql.creditreference.CreditReferenceClient;
import org.publiccredit.graphql.creditreference.PendingReport;
import org.publiccredit.graphql.creditreference.ReportOutcome;
import org.publiccredit.graphql.creditreference.ReportQuery;
import org.publiccredit.graphql.evaluation.Scorecard;
import org.publiccredit.graphql.evaluation.ScorecardResult;
import org.publiccredit.graphql.evaluation.TaxRatings;
import org.publiccredit.graphql.lending.DualCheckTypes.DualCheckResult;
import org.publiccredit.graphql.search.DualCheckStore;
import org.publiccredit.graphql.search.PublicRecord;
import org.publiccredit.graphql.search.PublicRecords;
import org.publiccredit.graphql.search.RecordCategory;
import org.publiccredit.graphql.search.SubjectDocument;
import org.publiccredit.graphql.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Runs one dual-check: asks for the credit reference report on a virtual thread while the public
 * side is read and scored, waits for the report at most the time budget, decides, stores the
 * check and shapes the answer. A report that does not come in time makes a degraded answer.
 */
@Component
@EnableConfigurationProperties(DualCheckProperties.class)
class DualChecking {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final Logger log = LoggerFactory.getLogger(DualChecking.class);

  /** A validated request; {@code subjectId} is the code, or the ID number's lookup key. */
  record Request(String subjectCode, String displayCode, String subjectId, boolean person, String purpose,
      BigDecimal amount, int termMonths, @Nullable String consentReference) {}

  private final CreditReferenceClient creditReference;
  private final PublicRecords publicRecords;
  private final Scorecard scorecard;
  private final DualCheckStore store;
  private final DualCheckProperties rules;
  private final QualitativeAssessment qualitative;
  private final DecisionRules decisions;
  private final Clock clock = Clock.system(CHINA);

  DualChecking(CreditReferenceClient creditReference, PublicRecords publicRecords,
      Scorecard scorecard, DualCheckStore store, DualCheckProperties rules) {
    this.creditReference = creditReference;
    this.publicRecords = publicRecords;
    this.scorecard = scorecard;
    this.store = store;
    this.rules = rules;
    this.qualitative = new QualitativeAssessment(rules.qualitative());
    this.decisions = new DecisionRules(rules);
  }

  DualCheckResult check(Request request, Caller caller) {
    Instant started = clock.instant();
    long t0 = System.nanoTime();
    LocalDate today = LocalDate.now(clock);
    PendingReport report = creditReference.start(new ReportQuery(
        request.person() ? "PERSON" : "ENTERPRISE", request.subjectCode(), request.purpose(),
        request.consentReference(), Objects.requireNonNullElse(caller.institutionCode(), caller.clientId())));
    PublicRecords.PublicSide publicSide = publicRecords.of(request.subjectId());
    long tPublic = System.nanoTime();
    Optional<SubjectDocument> subject = publicSide.subject();
    List<PublicRecord> records = publicSide.records();
    ScorecardResult card = scorecard.score(records, today);
    long tScored = System.nanoTime();
    ReportOutcome outcome = creditReference.outcome(report,
        rules.timeBudget().minus(Duration.between(started, clock.instant())));
    long tReport = System.nanoTime();

    QualitativeAssessment.Result assessed = switch (outcome) {
      case ReportOutcome.Report r -> qualitative.assess(r.report(), today);
      case ReportOutcome.NoCreditRecord n -> qualitative.noCreditRecord();
      case ReportOutcome.Unavailable u -> null;
    };
    String status = switch (outcome) {
      case ReportOutcome.Report r -> "AVAILABLE";
      case ReportOutcome.NoCreditRecord n -> "NO_CREDIT_RECORD";
      case ReportOutcome.Unavailable u -> u.status().name();
    };
    DecisionRules.Outcome decided = decisions.decide(records, subject.isPresent(), card,
        assessed == null ? null : new DecisionRules.Qualitative(assessed.points(), assessed.reasons()), status,
        request.person(), request.amount(), request.termMonths(), today);

    String checkId = UUID.randomUUID().toString();
    String checkedAt = started.toString();
    QualitativeFacts facts = assessed == null ? null : assessed.facts();
    var result = new DualCheckResult(checkId, checkedAt,
        new DualCheckTypes.CheckedSubject(request.displayCode(), subject.map(SubjectDocument::name).orElse(null),
            subject.map(s -> s.type().name()).orElse(request.person() ? "NATURAL_PERSON" : "LEGAL_PERSON"),
            subject.isPresent()),
        request.purpose(), request.amount(), request.termMonths(), request.consentReference(),
        decided.decision().name(), decided.rating(), decided.reasons(), assessed == null, status, facts,
        new DualCheckTypes.Scorecard(card.basePoints(), card.score(), card.grade(), card.items()),
        taxRatings(records),
        new DualCheckTypes.Freshness(checkedAt, facts == null ? null : facts.reportTime(),
            records.stream().map(PublicRecord::decisionDate).max(Comparator.naturalOrder()).orElse(null),
            records.stream().map(PublicRecord::updatedAt).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElse(null)));
    long tDecided = System.nanoTime();
    store.save(checkId, document(result, request, caller, Duration.between(started, clock.instant())));
    long tStored = System.nanoTime();
    if (log.isDebugEnabled()) {
      // Per-stage times for the benchmark (docs/benchmarks-history.md, issue 6); off unless asked for.
      log.debug("Dual-check stages ms: public {} score {} report {} wait {} decide {} store {} total {} status {}",
          millis(t0, tPublic), millis(tPublic, tScored), millis(t0, report.finishedNanos() == 0 ? tReport : report.finishedNanos()),
          millis(tScored, tReport), millis(tReport, tDecided), millis(tDecided, tStored), millis(t0, tStored), status);
      // Debug, not info: the stored check and the gateway's audit event hold the same facts, and a
      // synchronous console line per check was CPU on the busiest path (docs/decisions.md).
      log.debug("Dual-check {} by {}: {} ({}, qualitative {})", checkId, caller.clientId(), result.decision(),
          result.rating().rating(), status);
    }
    return result;
  }

  private static String millis(long from, long to) {
    return String.format(Locale.ROOT, "%.1f", (to - from) / 1e6);
  }

  private static List<DualCheckTypes.TaxRatingEntry> taxRatings(List<PublicRecord> records) {
    return records.stream().filter(r -> r.category() == RecordCategory.TAX_RATING && TaxRatings.level(r) != null)
        .sorted(Comparator.comparingInt(TaxRatings::year).reversed())
        .map(r -> new DualCheckTypes.TaxRatingEntry(TaxRatings.year(r), String.valueOf(TaxRatings.level(r)),
            TaxRatings.score(r), r.decisionDate(), r.authorityName(), r.recordId()))
        .toList();
  }

  /** What is kept: who asked about whom, why, under which consent, and the outcome. No ID number. */
  private static Map<String, Object> document(DualCheckResult result, Request request, Caller caller, Duration elapsed) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("checkId", result.checkId());
    doc.put("checkedAt", result.checkedAt());
    doc.put("subjectId", request.subjectId());
    doc.put("subjectType", result.subject().type());
    doc.put("clientId", caller.clientId());
    doc.put("institutionCode", caller.institutionCode());
    doc.put("purpose", request.purpose());
    doc.put("amount", request.amount());
    doc.put("termMonths", request.termMonths());
    doc.put("consentReference", request.consentReference());
    doc.put("decision", result.decision());
    doc.put("rating", result.rating().rating());
    doc.put("combinedScore", result.rating().score());
    doc.put("publicScore", result.rating().publicScore());
    doc.put("qualitativeUnavailable", result.qualitativeUnavailable());
    doc.put("qualitativeStatus", result.qualitativeStatus());
    doc.put("reportNumber", result.qualitative() == null ? null : result.qualitative().reportNumber());
    doc.put("reasonCodes", result.reasons().stream().map(Reason::code).toList());
    doc.put("elapsedMillis", elapsed.toMillis());
    return doc;
  }
}
