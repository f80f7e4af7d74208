package org.publiccredit.graphql.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.publiccredit.graphql.search.PublicRecord;
import org.publiccredit.graphql.search.RecordCategory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Scores a subject's public records with the weights of {@link ScorecardProperties}. Pure: the
 * same records on the same day give the same card, and every point is an item naming its record.
 */
@Component
@EnableConfigurationProperties(ScorecardProperties.class)
public class Scorecard {

  private final ScorecardProperties weights;

  public Scorecard(ScorecardProperties weights) {
    this.weights = weights;
  }

  /** The card as of {@code today} (China Standard Time). */
  public ScorecardResult score(List<PublicRecord> records, LocalDate today) {
    List<ScorecardItem> items = new ArrayList<>();
    Set<String> removedAbnormalEntries = records.stream()
        .filter(r -> r.category() == RecordCategory.ABNORMAL_OPERATION && isRemoval(r))
        .map(r -> r.attribute("entryDocumentNumber")).filter(d -> d != null).collect(Collectors.toSet());
    Caps caps = new Caps();
    for (PublicRecord r : records) {
      switch (r.category()) {
        case ADMINISTRATIVE_PENALTY -> penalty(r, today).ifPresent(items::add);
        case ABNORMAL_OPERATION -> {
          if (!isRemoval(r) && !removedAbnormalEntries.contains(r.documentNumber())) {
            aged(r, today, weights.abnormalOperationPoints(), "abnormal-operation-points",
                "Entry in the abnormal-operations list without a removal").ifPresent(items::add);
          }
        }
        case OTHER_NEGATIVE -> {
          boolean settled = r.validUntil() != null && !r.validUntil().isAfter(today);
          aged(r, today, settled ? weights.arrearsSettledPoints() : weights.arrearsUnsettledPoints(),
              settled ? "arrears-settled-points" : "arrears-unsettled-points",
              settled ? "Arrears, settled" : "Arrears, not settled").ifPresent(items::add);
        }
        case BLACK_LIST, SEVERE_DISHONEST_LIST, COURT_DISHONEST_DEBTOR, RED_LIST -> {
          Double points = weights.listPoints().get(r.category().name());
          if (points != null && inForce(r, today)) {
            items.add(item(r, points, "list-points." + r.category().name(), points, 1,
                "On the " + listName(r.category()) + " (in force)"));
          }
        }
        case POSITIVE_RECORD -> positive(r, today, caps).ifPresent(items::add);
        case CREDIT_COMMITMENT -> commitment(r, today, caps).ifPresent(items::add);
        case TAX_RATING, ADMINISTRATIVE_LICENSE -> { }
      }
    }
    newestTaxRating(records, today).ifPresent(items::add);
    double total = weights.basePoints() + items.stream().mapToDouble(ScorecardItem::points).sum();
    double score = round(Math.clamp(total, weights.floor(), weights.ceiling()));
    return new ScorecardResult(weights.basePoints(), score, grade(score), List.copyOf(items));
  }

  /** The grade of a total on the configured bands. */
  public String grade(double score) {
    return weights.grades().stream().sorted(Comparator.comparingDouble(ScorecardProperties.Grade::minPoints).reversed())
        .filter(g -> score >= g.minPoints()).map(ScorecardProperties.Grade::grade).findFirst()
        .orElse(weights.grades().getLast().grade());
  }

  /** Whether a list entry is in force today: not ended, not removed. */
  public static boolean inForce(PublicRecord r, LocalDate today) {
    if (r.validUntil() != null && r.validUntil().isBefore(today)) {
      return false;
    }
    String removal = r.attribute("removalDate");
    return removal == null || removal.isBlank() || LocalDate.parse(removal).isAfter(today);
  }

  private Optional<ScorecardItem> penalty(PublicRecord r, LocalDate today) {
    ScorecardProperties.Penalty p = weights.penalty();
    String categories = Optional.ofNullable(r.attribute("penaltyCategory")).orElse("");
    String text = categories + " " + r.title() + " " + Optional.ofNullable(r.summary()).orElse("");
    if (p.severeCategories().stream().anyMatch(text::contains)) {
      return aged(r, today, p.severePoints(), "penalty.severe-points", "Severe administrative penalty");
    }
    boolean minor = !categories.isBlank()
        ? List.of(categories.split(";")).stream().map(String::strip).allMatch(p.minorCategories()::contains)
        : p.minorCategories().stream().anyMatch(text::contains) && !text.contains("罚款") && !text.contains("没收");
    if (minor) {
      if (r.decisionDate().plus(p.minorMaxAge()).isBefore(today)) {
        return Optional.empty();
      }
      return Optional.of(item(r, p.minorPoints(), "penalty.minor-points", p.minorPoints(), 1,
          "Minor administrative penalty (warning or public criticism), still published"));
    }
    return aged(r, today, p.generalPoints(), "penalty.general-points", "Administrative penalty");
  }

  private Optional<ScorecardItem> positive(PublicRecord r, LocalDate today, Caps caps) {
    if (r.decisionDate().plus(weights.positiveMaxAge()).isBefore(today)) {
      return Optional.empty();
    }
    String level = Optional.ofNullable(r.attribute("level")).orElse("unknown");
    Double weight = weights.honourLevelPoints().getOrDefault(level, weights.honourLevelPoints().get("unknown"));
    if (weight == null) {
      return Optional.empty();
    }
    double points = Math.min(weight, weights.positiveCap() - caps.positive);
    if (points <= 0) {
      return Optional.empty();
    }
    caps.positive += points;
    return Optional.of(item(r, points, "honour-level-points." + level, weight, 1,
        "Honour or award (level " + level + ")" + (points < weight ? ", limited by positive-cap" : "")));
  }

  private Optional<ScorecardItem> commitment(PublicRecord r, LocalDate today, Caps caps) {
    String fulfilment = fulfilment(r);
    if (fulfilment == null) {
      return Optional.empty();
    }
    Double weight = weights.commitmentPoints().get(fulfilment);
    if (weight == null) {
      return Optional.empty();
    }
    if (weight < 0) {
      return aged(r, today, weight, "commitment-points." + fulfilment,
          fulfilment.equals("2") ? "Credit commitment partly broken" : "Credit commitment not kept");
    }
    double points = Math.min(weight, weights.commitmentKeptCap() - caps.commitments);
    if (points <= 0) {
      return Optional.empty();
    }
    caps.commitments += points;
    return Optional.of(item(r, points, "commitment-points.1", weight, 1, "Credit commitment fully kept"
        + (points < weight ? ", limited by commitment-kept-cap" : "")));
  }

  private static @Nullable String fulfilment(PublicRecord r) {
    String coded = r.attribute("fulfilment");
    if (coded != null) {
      return coded;
    }
    String summary = Optional.ofNullable(r.summary()).orElse("");
    if (summary.contains("全部未履行")) {
      return "3";
    }
    if (summary.contains("部分履行")) {
      return "2";
    }
    return summary.contains("全部履行") ? "1" : null;
  }

  private Optional<ScorecardItem> newestTaxRating(List<PublicRecord> records, LocalDate today) {
    return records.stream().filter(r -> r.category() == RecordCategory.TAX_RATING)
        .filter(r -> TaxRatings.level(r) != null)
        .max(Comparator.comparingInt(TaxRatings::year))
        .filter(r -> TaxRatings.year(r) >= today.getYear() - weights.taxRatingMaxAgeYears())
        .flatMap(r -> {
          String level = String.valueOf(TaxRatings.level(r));
          Double points = weights.taxLevelPoints().get(level);
          return points == null ? Optional.empty() : Optional.of(item(r, points, "tax-level-points." + level, points, 1,
              "Newest tax credit rating: level " + level + " for " + TaxRatings.year(r)));
        });
  }

  private Optional<ScorecardItem> aged(PublicRecord r, LocalDate today, double weight, String rule, String what) {
    OptionalDouble factor = ageFactor(r.decisionDate(), today);
    if (factor.isEmpty()) {
      return Optional.empty();
    }
    double f = factor.getAsDouble();
    return Optional.of(item(r, round(weight * f), rule, weight, f,
        what + (f < 1 ? " (decided " + r.decisionDate() + ", age factor " + f + ")" : "")));
  }

  private OptionalDouble ageFactor(LocalDate decided, LocalDate today) {
    return weights.negativeAgeBands().stream().filter(b -> !decided.plus(b.maxAge()).isBefore(today))
        .mapToDouble(ScorecardProperties.AgeBand::factor).findFirst();
  }

  private static boolean isRemoval(PublicRecord r) {
    String action = r.attribute("action");
    return action != null ? action.equals("2") : r.title().contains("移出");
  }

  private static String listName(RecordCategory category) {
    return switch (category) {
      case BLACK_LIST -> "black list (失信黑名单)";
      case SEVERE_DISHONEST_LIST -> "severe illegal and dishonest list (严重违法失信名单)";
      case COURT_DISHONEST_DEBTOR -> "court list of dishonest judgment debtors (失信被执行人)";
      case RED_LIST -> "red list (守信红名单)";
      default -> category.name();
    };
  }

  private static ScorecardItem item(PublicRecord r, double points, String rule, double weight, double factor,
      String explanation) {
    return new ScorecardItem(points, rule, weight, factor, explanation, r.recordId(), r.category(), r.title(),
        r.documentNumber(), r.decisionDate());
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }

  /** Running totals of the capped kinds within one card. */
  private static final class Caps {
    double positive;
    double commitments;
  }
}
