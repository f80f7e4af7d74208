package org.publiccredit.graphql.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.publiccredit.graphql.search.RecordCategory;

/**
 * Decides, from the configured rules and today's date, whether a record is public, until when,
 * and whether a viewer sees it. A reversed or withdrawn decision goes first, then a repair, then
 * the rule of the record's kind.
 */
public final class PublicityPolicy {

  private static final Set<RecordCategory> DISHONESTY = Set.of(RecordCategory.BLACK_LIST,
      RecordCategory.SEVERE_DISHONEST_LIST, RecordCategory.COURT_DISHONEST_DEBTOR, RecordCategory.ABNORMAL_OPERATION,
      RecordCategory.OTHER_NEGATIVE);
  private static final String FINE = "罚款";
  private static final String PUBLIC_DISCLOSURE = "1";
  private static final String TOP_TAX_LEVEL = "A";

  private final PublicityRules rules;
  private final Clock clock;

  public PublicityPolicy(PublicityRules rules, Clock clock) {
    this.rules = rules;
    this.clock = clock;
  }

  /** Today in the rules' time zone. */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(rules.zone()));
  }

  public Publicity decide(RecordFacts record, Viewer viewer) {
    LocalDate today = today();
    RuleId base = baseRule(record);
    PublicityRules.Rule rule = rules.rule(base);
    boolean everPublished = rule.published() && publishedByKind(record, base);
    LocalDate until = everPublished && rule.period() != null
        ? record.decisionDate().plus(rule.period()).minusDays(1) : null;
    boolean published = everPublished && (until == null || !today.isAfter(until));
    RuleId decisive = base;
    if (record.withdrawnOn() != null && !today.isBefore(record.withdrawnOn())) {
      decisive = RuleId.WITHDRAWN;
      until = everPublished ? earlier(until, record.withdrawnOn().minusDays(1)) : null;
      published = false;
    } else if (record.repairedOn() != null && !today.isBefore(record.repairedOn())) {
      decisive = RuleId.REPAIRED;
      until = everPublished ? earlier(until, record.repairedOn().minusDays(1)) : null;
      published = false;
    }
    boolean underObjection = record.objectionSince() != null && !today.isBefore(record.objectionSince());
    boolean visible = published || viewer.seesWholeRecord();
    return new Publicity(visible, published, until, decisive, rules.rule(decisive).citation(), underObjection);
  }

  /**
   * The earliest decision date a record of this category can have and still be public on
   * {@code day}; empty when some rule for the category sets no period.
   */
  public Optional<LocalDate> earliestPublicDecision(RecordCategory category, LocalDate day) {
    List<RuleId> candidates = category == RecordCategory.ADMINISTRATIVE_PENALTY
        ? List.of(RuleId.PENALTY_WARNING_ONLY, RuleId.PENALTY_MINOR, RuleId.PENALTY_GENERAL, RuleId.PENALTY_SEVERE)
        : List.of(baseRule(new RecordFacts(category, day, List.of(), null, null, null, null, null, null)));
    LocalDate earliest = null;
    for (RuleId id : candidates) {
      PublicityRules.Rule rule = rules.rule(id);
      if (!rule.published()) {
        continue;
      }
      if (rule.period() == null) {
        return Optional.empty();
      }
      LocalDate from = earliestStillPublic(rule.period(), day);
      earliest = earliest == null || from.isBefore(earliest) ? from : earliest;
    }
    return Optional.ofNullable(earliest);
  }

  /**
   * The earliest decision date a record under {@code period} is still public on {@code day}: the
   * first {@code d} with {@code d + period > day}. Exact also across month ends and 29 February,
   * where {@code day - period + 1} can be a day off, so that a search filter built from it keeps
   * exactly the records {@link #decide} shows.
   */
  static LocalDate earliestStillPublic(Period period, LocalDate day) {
    LocalDate candidate = day.minus(period).plusDays(1);
    while (candidate.minusDays(1).plus(period).isAfter(day)) {
      candidate = candidate.minusDays(1);
    }
    while (!candidate.plus(period).isAfter(day)) {
      candidate = candidate.plusDays(1);
    }
    return candidate;
  }

  /** The citation of the objection flag. */
  public String objectionCitation() {
    return rules.objectionCitation();
  }

  private RuleId baseRule(RecordFacts record) {
    RecordCategory category = record.category();
    if (category == RecordCategory.ADMINISTRATIVE_PENALTY) {
      return penaltyRule(record);
    }
    if (DISHONESTY.contains(category)) {
      return RuleId.DISHONESTY;
    }
    return switch (category) {
      case CREDIT_COMMITMENT -> RuleId.COMMITMENT_DISCLOSURE;
      case TAX_RATING -> RuleId.TAX_RATING_A_ONLY;
      default -> RuleId.NOT_LIMITED;
    };
  }

  /**
   * Severe wins over everything; a penalty that is only a warning is never published; only
   * 通报批评 and small fines (besides a warning) is minor; anything else, and a penalty whose
   * categories were not reported, is general.
   */
  private RuleId penaltyRule(RecordFacts record) {
    PublicityRules.Penalties penalties = rules.penalties();
    var categories = record.penaltyCategories();
    if (categories.isEmpty()) {
      return RuleId.PENALTY_GENERAL;
    }
    if (categories.stream().anyMatch(penalties.severeCategories()::contains)) {
      return RuleId.PENALTY_SEVERE;
    }
    if (penalties.warningCategories().containsAll(categories)) {
      return RuleId.PENALTY_WARNING_ONLY;
    }
    boolean minor = categories.stream().allMatch(c -> penalties.warningCategories().contains(c)
        || penalties.minorCategories().contains(c)
        || (FINE.equals(c) && record.fineAmount() != null && record.fineAmount().compareTo(penalties.smallFineMax()) <= 0));
    return minor ? RuleId.PENALTY_MINOR : RuleId.PENALTY_GENERAL;
  }

  /** Commitments and tax ratings are public only for some values of the record. */
  private static boolean publishedByKind(RecordFacts record, RuleId rule) {
    return switch (rule) {
      case COMMITMENT_DISCLOSURE -> PUBLIC_DISCLOSURE.equals(record.commitmentDisclosure());
      case TAX_RATING_A_ONLY -> TOP_TAX_LEVEL.equals(record.taxLevel());
      default -> true;
    };
  }

  private static @Nullable LocalDate earlier(@Nullable LocalDate a, LocalDate b) {
    return a == null || b.isBefore(a) ? b : a;
  }
}
