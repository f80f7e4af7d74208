package org.publiccredit.graphql.lending;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads a credit reference report (contract: credit-reference-api.yaml) into {@link QualitativeFacts}
 * and judges them with the configured rules: points for the combined score and findings (reasons)
 * that cite the report's fields and accounts.
 */
final class QualitativeAssessment {

  /** Five-level classification (五级分类), best first. */
  private static final List<String> CLASSIFICATIONS = List.of("正常", "关注", "次级", "可疑", "损失");
  /** Repayment status characters, harmless first; 1..7 are 30-day buckets. */
  private static final String STATUS_ORDER = "N*#C1234567DGB";

  /** Facts (null for a thin file), the report's points and the findings. */
  record Result(@Nullable QualitativeFacts facts, double points, List<Reason> reasons) {}

  private final DualCheckProperties.Qualitative rules;

  QualitativeAssessment(DualCheckProperties.Qualitative rules) {
    this.rules = rules;
  }

  /** The points and findings when the database holds no record of the subject (a thin file). */
  Result noCreditRecord() {
    return new Result(null, clamp(rules.basePoints() + rules.noCreditRecordPoints()),
        List.of(Reason.ofReport("REPORT_NO_CREDIT_RECORD", Decision.NEEDS_COLLATERAL_OR_REVIEW,
            "The credit reference database holds no record of the subject: no repayment history to lend on.",
            null, null)));
  }

  Result assess(JsonNode report, LocalDate today) {
    boolean personal = "PERSONAL".equals(report.path("reportType").asString());
    List<Reason> reasons = new ArrayList<>();
    double points = rules.basePoints();
    BigDecimal overdueAmount = BigDecimal.ZERO;
    int overduePeriods = 0;
    int overdueMonths = 0;
    String worstStatus = null;
    String worstStatusAccount = null;
    String worstClass = null;
    String worstClassAccount = null;
    int badDebt = 0;
    String overdueAccount = null;
    for (JsonNode loan : report.path(personal ? "loanAccounts" : "loans")) {
      String account = loan.path("accountNumber").asString();
      BigDecimal amount = decimal(personal ? loan.path("currentOverdueAmount") : loan.path("overdueTotal"));
      int periods = personal ? loan.path("currentOverduePeriods").asInt() : loan.path("overdueMonths").asInt();
      if (amount.signum() > 0 && overdueAccount == null) {
        overdueAccount = account;
      }
      overdueAmount = overdueAmount.add(amount);
      overduePeriods = Math.max(overduePeriods, periods);
      JsonNode status = personal ? loan.path("latestStatus") : loan;
      String classification = text(status.path("fiveLevelClassification"));
      if (classification != null && worse(classification, worstClass)) {
        worstClass = classification;
        worstClassAccount = account;
      }
      if (personal && "BAD_DEBT".equals(status.path("accountStatus").asString())) {
        badDebt++;
      }
      String history = personal ? text(loan.path("repaymentHistory").path("statuses")) : null;
      if (history != null) {
        for (char c : history.toCharArray()) {
          if (c >= '1' && c <= '7') {
            overdueMonths++;
          }
          if (STATUS_ORDER.indexOf(c) > (worstStatus == null ? -1 : STATUS_ORDER.indexOf(worstStatus.charAt(0)))) {
            worstStatus = String.valueOf(c);
            worstStatusAccount = account;
          }
        }
      }
    }
    if (worstStatus != null && STATUS_ORDER.indexOf(worstStatus.charAt(0)) < STATUS_ORDER.indexOf('1')) {
      worstStatus = null;
    }
    int guaranteesInDefault = 0;
    BigDecimal guaranteeDefaultBalance = BigDecimal.ZERO;
    for (JsonNode g : report.path(personal ? "guaranteeLiabilities" : "guarantees")) {
      if (rules.guaranteeDefaultClassifications().contains(text(g.path("fiveLevelClassification")))) {
        guaranteesInDefault++;
        guaranteeDefaultBalance = guaranteeDefaultBalance.add(decimal(g.path(personal ? "balance" : "guaranteedBalance")));
      }
    }
    Integer hardQueries = null;
    if (personal) {
      LocalDate since = today.minusMonths(rules.hardQueryWindowMonths());
      Set<String> hard = Set.copyOf(rules.hardQueryReasons());
      int count = 0;
      for (JsonNode q : report.path("queryRecords")) {
        String date = text(q.path("queryDate"));
        if (date != null && !LocalDate.parse(date).isBefore(since) && hard.contains(q.path("queryReason").asString())) {
          count++;
        }
      }
      hardQueries = count;
    }
    JsonNode publicRecords = report.path("publicRecords");
    int openEnforcements = 0;
    for (JsonNode e : publicRecords.path("enforcements")) {
      if ("OPEN".equals(e.path("caseStatus").asString())) {
        openEnforcements++;
      }
    }
    int taxArrears = publicRecords.path("taxArrears").size();
    int civilJudgments = publicRecords.path("civilJudgments").size();

    if (worstClass != null && rules.declineClassifications().contains(worstClass)) {
      points += rules.declineClassificationPoints();
      reasons.add(Reason.ofReport("REPORT_LOAN_LOSS_CLASSIFICATION", Decision.DECLINE,
          "A loan is classified " + worstClass + ": the lender expects to lose part or all of it.",
          personal ? "PD01BD03" : "ED01B.fiveLevelClassification", worstClassAccount));
    }
    if (badDebt > 0 || worstStatus != null && rules.declineStatuses().contains(worstStatus)) {
      reasons.add(Reason.ofReport("REPORT_BAD_DEBT", Decision.DECLINE,
          "Bad debt, payment by a guarantor or abnormal settlement in the last 24 months (status "
              + (worstStatus == null ? "BAD_DEBT" : worstStatus) + ").",
          "PD01.repaymentHistory", worstStatusAccount));
    }
    if (openEnforcements > 0) {
      points += rules.openEnforcementPoints();
      reasons.add(Reason.ofReport("REPORT_OPEN_ENFORCEMENT", Decision.DECLINE,
          openEnforcements + " enforcement case(s) open against the subject.", "publicRecords.enforcements", null));
    }
    if (overdueAmount.signum() > 0) {
      points += rules.currentOverduePoints();
      reasons.add(Reason.ofReport("REPORT_CURRENT_OVERDUE", Decision.NEEDS_COLLATERAL_OR_REVIEW,
          "Overdue now: " + overdueAmount.toPlainString() + " CNY, up to " + overduePeriods
              + (personal ? " period(s)." : " month(s)."), personal ? "PD01CJ06" : "ED01B.overdueTotal", overdueAccount));
    }
    if (worstClass != null && rules.reviewClassifications().contains(worstClass)) {
      points += rules.reviewClassificationPoints();
      reasons.add(Reason.ofReport("REPORT_LOAN_CLASSIFICATION", Decision.NEEDS_COLLATERAL_OR_REVIEW,
          "A loan is classified " + worstClass + ".", personal ? "PD01BD03" : "ED01B.fiveLevelClassification",
          worstClassAccount));
    }
    points += Math.max(rules.overdueMonthCap(), overdueMonths * rules.overdueMonthPoints());
    if (overdueMonths > rules.allowedOverdueMonths()) {
      reasons.add(Reason.ofReport("REPORT_OVERDUE_HISTORY", Decision.NEEDS_COLLATERAL_OR_REVIEW,
          overdueMonths + " overdue month(s) in the last 24 months (more than " + rules.allowedOverdueMonths() + ").",
          "PD01.repaymentHistory", null));
    }
    if (worstStatus != null && Character.isDigit(worstStatus.charAt(0))
        && worstStatus.charAt(0) - '0' >= rules.reviewWorstStatus()) {
      reasons.add(Reason.ofReport("REPORT_SERIOUS_DELINQUENCY", Decision.NEEDS_COLLATERAL_OR_REVIEW,
          "A payment was " + (30 * (worstStatus.charAt(0) - '0' - 1) + 1) + "+ days overdue in the last 24 months.",
          "PD01.repaymentHistory", worstStatusAccount));
    }
    if (guaranteesInDefault > 0) {
      points += guaranteesInDefault * rules.guaranteeDefaultPoints();
      reasons.add(Reason.ofReport("REPORT_GUARANTEE_IN_DEFAULT", Decision.NEEDS_COLLATERAL_OR_REVIEW,
          guaranteesInDefault + " guarantee(s) given for debts in default, balance "
              + guaranteeDefaultBalance.toPlainString() + " CNY.", personal ? "PCR" : "ED04", null));
    }
    if (hardQueries != null && hardQueries > rules.allowedHardQueries()) {
      points += rules.hardQueryPoints();
      reasons.add(Reason.ofReport("REPORT_MANY_HARD_QUERIES", Decision.NEEDS_COLLATERAL_OR_REVIEW,
          hardQueries + " loan, card or guarantee approval queries in " + rules.hardQueryWindowMonths() + " months.",
          "POQ", null));
    }
    if (taxArrears > 0) {
      points += rules.taxArrearsPoints();
      reasons.add(Reason.ofReport("REPORT_TAX_ARREARS", Decision.NEEDS_COLLATERAL_OR_REVIEW,
          taxArrears + " tax arrear(s) reported.", "publicRecords.taxArrears", null));
    }
    JsonNode header = report.path("header");
    var facts = new QualitativeFacts(personal ? "PERSONAL" : "ENTERPRISE", header.path("reportNumber").asString(),
        header.path("reportTime").asString(), overdueAmount, overduePeriods, personal ? overdueMonths : null,
        worstStatus, worstClass, badDebt, guaranteesInDefault, guaranteeDefaultBalance, hardQueries,
        openEnforcements, taxArrears, civilJudgments);
    return new Result(facts, clamp(points), List.copyOf(reasons));
  }

  private static double clamp(double points) {
    return Math.clamp(points, 0, 100);
  }

  private static boolean worse(String classification, @Nullable String than) {
    return than == null || CLASSIFICATIONS.indexOf(classification) > CLASSIFICATIONS.indexOf(than);
  }

  private static @Nullable String text(JsonNode node) {
    return node.isMissingNode() || node.isNull() ? null : node.asString();
  }

  private static BigDecimal decimal(JsonNode node) {
    return node.isNumber() ? node.decimalValue() : BigDecimal.ZERO;
  }
}
