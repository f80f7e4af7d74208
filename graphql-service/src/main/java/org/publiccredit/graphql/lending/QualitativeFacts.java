package org.publiccredit.graphql.lending;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What the credit reference report says, reduced to the facts a lending decision rests on.
 *
 * @param currentOverdueAmount sum over loans of the amount overdue now (PD01CJ06; ED01B overdue total)
 * @param currentOverduePeriods the most periods (persons, PD01CS02) or months (enterprises) any loan is overdue now
 * @param overdueMonthsLast24 months with an overdue status (1..7) in the 24-month histories,
 *     summed over accounts; null for enterprise reports, which carry no monthly history
 * @param worstRepaymentStatus the worst status character in those histories (1..7, B, D, G), or null
 * @param worstLoanClassification the worst five-level classification of any loan (PD01BD03), or null
 * @param guaranteesInDefault guarantees given whose debt is classified as in default
 * @param recentHardQueries loan, card and guarantee approval queries within the window; null for enterprises
 */
record QualitativeFacts(
    String reportType,
    String reportNumber,
    String reportTime,
    BigDecimal currentOverdueAmount,
    int currentOverduePeriods,
    @Nullable Integer overdueMonthsLast24,
    @Nullable String worstRepaymentStatus,
    @Nullable String worstLoanClassification,
    int badDebtAccounts,
    int guaranteesInDefault,
    BigDecimal guaranteeDefaultBalance,
    @Nullable Integer recentHardQueries,
    int openEnforcements,
    int taxArrears,
    int civilJudgments) {}
