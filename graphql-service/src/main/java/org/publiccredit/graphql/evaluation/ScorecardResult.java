package org.publiccredit.graphql.evaluation;

import java.util.List;

/**
 * A subject's scorecard: base points plus every item, clamped, with its grade.
 *
 * @param score the total after clamping to [floor, ceiling]
 * @param items every contributing record, in the order the records were read (newest first)
 */
public record ScorecardResult(double basePoints, double score, String grade, List<ScorecardItem> items) {}
