package org.publiccredit.graphql.evaluation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.publiccredit.graphql.search.RecordCategory;

/**
 * One line of a scorecard: the points one record contributed and why.
 *
 * @param points added (positive) or removed (negative), after the age factor
 * @param rule the configured weight that applied, e.g. {@code penalty.severe-points}
 * @param weight the configured points before the age factor
 * @param ageFactor the age band's factor (1 when age does not matter)
 * @param explanation in English, for the risk officer
 */
public record ScorecardItem(
    double points,
    String rule,
    double weight,
    double ageFactor,
    String explanation,
    String recordId,
    RecordCategory category,
    String title,
    @Nullable String documentNumber,
    LocalDate decisionDate) {}
