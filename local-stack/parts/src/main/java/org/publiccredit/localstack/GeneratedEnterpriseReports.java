package org.publiccredit.localstack;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.publiccredit.localstack.ReportSeed.object;

/** A clean enterprise report for any valid unified social credit code without a fixed mapping: nothing overdue. */
final class GeneratedEnterpriseReports {

    private static final List<String> TRADE_NAMES = List.of("恒信", "瑞丰", "华泰", "金源", "鑫达", "嘉禾", "永盛", "博远", "正和", "德润");
    private static final List<String> INDUSTRIES = List.of("商贸", "机械", "食品", "纺织", "建材", "物流", "电子", "农业科技");
    private static final List<String> BANKS = List.of("中国工商银行示范市支行", "中国建设银行示范市支行", "示范农村商业银行", "中国农业银行示范市支行");
    private static final List<String> LOAN_TYPES = List.of("流动资金贷款", "固定资产贷款", "银行承兑汇票");

    private GeneratedEnterpriseReports() {
    }

    static Map<String, Object> build(ReportRequest request) {
        String code = request.subjectCode();
        ReportSeed seed = new ReportSeed(code);
        String reportNumber = seed.reportNumber("2");
        String name = "示范市" + seed.pick(TRADE_NAMES) + seed.pick(INDUSTRIES) + "有限公司";
        List<Map<String, Object>> loans = loans(seed);
        List<Map<String, Object>> guarantees = seed.chance(0.25) ? List.of(guarantee(seed)) : List.of();
        return object(
            "reportType", "ENTERPRISE",
            "header", ReportSeed.header(request, reportNumber),
            "identity", object("name", name, "unifiedSocialCreditCode", code),
            "summary", summary(loans, guarantees),
            "loans", loans,
            "guarantees", guarantees);
    }

    private static List<Map<String, Object>> loans(ReportSeed seed) {
        List<Map<String, Object>> loans = new ArrayList<>();
        for (int i = seed.between(0, 3); i > 0; i--) {
            LocalDate opened = seed.date(2023, 2026);
            BigDecimal amount = seed.amount(100_000, 3_000_000, 50_000);
            loans.add(object(
                "accountNumber", "",
                "institution", seed.pick(BANKS),
                "businessType", seed.pick(LOAN_TYPES),
                "openDate", opened.toString(),
                "dueDate", ReportSeed.dueAfter(opened, seed.between(1, 5)).toString(),
                "currency", "CNY",
                "amount", amount,
                "balance", seed.share(amount, 30, 100),
                "fiveLevelClassification", "正常",
                "overdueTotal", ReportSeed.money(0),
                "overduePrincipal", ReportSeed.money(0),
                "overdueMonths", 0,
                "guaranteeMethod", seed.pick(List.of("MORTGAGE", "GUARANTEE", "PLEDGE", "CREDIT"))));
        }
        loans.sort(Comparator.comparing((Map<String, Object> l) -> (String) l.get("openDate")).reversed());
        for (int i = 0; i < loans.size(); i++) {
            loans.get(i).put("accountNumber", String.format("ED01B-%04d", loans.size() - i));
        }
        return loans;
    }

    private static Map<String, Object> guarantee(ReportSeed seed) {
        LocalDate start = seed.date(2025, 2026);
        BigDecimal amount = seed.amount(100_000, 1_000_000, 50_000);
        return object(
            "debtorName", "示范市" + seed.pick(TRADE_NAMES) + seed.pick(INDUSTRIES) + "有限公司",
            "institution", seed.pick(BANKS),
            "businessType", "流动资金贷款",
            "guaranteeAmount", amount,
            "guaranteedBalance", seed.share(amount, 50, 100),
            "fiveLevelClassification", "正常",
            "startDate", start.toString(),
            "endDate", ReportSeed.dueAfter(start, 1).toString());
    }

    private static Map<String, Object> summary(List<Map<String, Object>> loans, List<Map<String, Object>> guarantees) {
        BigDecimal balance = loans.stream().map(l -> (BigDecimal) l.get("balance")).reduce(ReportSeed.money(0), BigDecimal::add);
        BigDecimal guaranteed = guarantees.stream().map(g -> (BigDecimal) g.get("guaranteedBalance")).reduce(ReportSeed.money(0), BigDecimal::add);
        return object(
            "loanCount", loans.size(),
            "loanBalance", balance,
            "overdueLoanCount", 0,
            "overdueTotal", ReportSeed.money(0),
            "guaranteeCount", guarantees.size(),
            "guaranteeBalance", guaranteed,
            // Null when there is nothing to classify, as in the contract.
            "worstClassification", loans.isEmpty() ? null : "正常");
    }
}
