package org.publiccredit.graphql.lending;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.publiccredit.graphql.evaluation.Scorecard;
import org.publiccredit.graphql.evaluation.ScorecardResult;
import org.publiccredit.graphql.search.PublicRecord;

/**
 * The decision of config/lending/dual-check.yml, in its order: hard rules on public records, the
 * report's findings (or its absence), the combined rating, the loan asked for. Pure.
 */
final class DecisionRules {

  /**
   * The outcome: decision, rating and every reason, the most severe first (evaluation order
   * within the same effect).
   */
  record Outcome(Decision decision, DualCheckTypes.CombinedRating rating, List<Reason> reasons) {}

  /** What the qualitative side came to: its findings, or null when unavailable (degraded). */
  record Qualitative(double points, List<Reason> reasons) {}

  private final DualCheckProperties rules;

  DecisionRules(DualCheckProperties rules) {
    this.rules = rules;
  }

  Outcome decide(List<PublicRecord> records, boolean registered, ScorecardResult card,
      @Nullable Qualitative qualitative, String unavailableStatus, boolean person, BigDecimal amount, int termMonths,
      LocalDate today) {
    List<Reason> reasons = new ArrayList<>();
    for (PublicRecord r : records) {
      if (rules.hardRuleCategories().contains(r.category().name()) && Scorecard.inForce(r, today)) {
        reasons.add(Reason.ofRecord("HARD_RULE_" + r.category().name(), Decision.DECLINE,
            "Hard rule: the subject is on the " + r.category().name() + " list (" + r.title() + ", "
                + r.authorityName() + ", " + r.decisionDate() + ").", r));
      }
    }
    if (!registered) {
      reasons.add(Reason.ofRule("PUBLIC_SUBJECT_NOT_REGISTERED", Decision.NEEDS_COLLATERAL_OR_REVIEW,
          "The platform holds no registration of this subject: the public side cannot vouch for it."));
    }
    DualCheckTypes.CombinedRating rating;
    if (qualitative == null) {
      reasons.add(Reason.ofRule("QUALITATIVE_UNAVAILABLE", Decision.NEEDS_COLLATERAL_OR_REVIEW,
          "The credit reference report could not be obtained (" + unavailableStatus
              + "): decided on the public record only, at best with review."));
      rating = new DualCheckTypes.CombinedRating(rules.rating(card.score()), card.score(), "PUBLIC_ONLY", card.score(), null);
    } else {
      reasons.addAll(qualitative.reasons());
      double combined = Math.round((rules.publicWeight() * card.score() + rules.qualitativeWeight() * qualitative.points())
          * 10) / 10.0;
      rating = new DualCheckTypes.CombinedRating(rules.rating(combined), combined, "COMBINED", card.score(),
          qualitative.points());
    }
    if (rules.declineRatings().contains(rating.rating())) {
      reasons.add(Reason.ofRule("RATING_DECLINED", Decision.DECLINE,
          "Combined rating " + rating.rating() + " (" + rating.score() + ") is below lending grade."));
    }
    BigDecimal limit = rules.pureCreditLimits().get(rating.rating());
    if (limit == null) {
      reasons.add(Reason.ofRule("RATING_BELOW_PURE_CREDIT", Decision.NEEDS_COLLATERAL_OR_REVIEW,
          "Combined rating " + rating.rating() + " does not allow a pure-credit loan."));
    } else {
      BigDecimal cap = person ? limit.min(rules.personPureCreditLimit()) : limit;
      if (amount.compareTo(cap) > 0) {
        reasons.add(Reason.ofRule("AMOUNT_ABOVE_PURE_CREDIT_LIMIT", Decision.NEEDS_COLLATERAL_OR_REVIEW,
            "The amount exceeds the pure-credit limit of " + cap.toPlainString() + " CNY for rating " + rating.rating()
                + (person ? " and a natural person." : ".")));
      }
      if (termMonths > rules.maxPureCreditTermMonths()) {
        reasons.add(Reason.ofRule("TERM_ABOVE_PURE_CREDIT_MAXIMUM", Decision.NEEDS_COLLATERAL_OR_REVIEW,
            "A pure-credit loan runs at most " + rules.maxPureCreditTermMonths() + " months."));
      }
      if (reasons.stream().noneMatch(r -> r.effect() != Decision.PURE_CREDIT_ELIGIBLE)) {
        reasons.add(Reason.ofRule("PURE_CREDIT_WITHIN_LIMIT", Decision.PURE_CREDIT_ELIGIBLE,
            "Rating " + rating.rating() + " allows a pure-credit loan up to " + cap.toPlainString()
                + " CNY; no rule asks for collateral or review."));
      }
    }
    Decision decision = reasons.stream().map(Reason::effect).reduce(Decision.PURE_CREDIT_ELIGIBLE, Decision::worse);
    List<Reason> ordered = reasons.stream()
        .sorted(Comparator.comparing((Reason r) -> r.effect().ordinal()).reversed()).toList();
    return new Outcome(decision, rating, ordered);
  }
}
