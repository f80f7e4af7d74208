package org.publiccredit.localstack;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.publiccredit.localstack.ReportSeed.object;

/** A clean-ish personal report for any valid resident ID without a fixed mapping: nothing overdue now. */
final class GeneratedPersonReports {

    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴");
    private static final List<String> GIVEN_NAMES = List.of("伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明");
    private static final List<String> BANKS = List.of("中国工商银行示范市支行", "中国建设银行示范市支行", "示范农村商业银行", "中国农业银行示范市支行");
    private static final List<String> CARD_ISSUERS = List.of("招商银行信用卡中心", "中国银行信用卡中心", "交通银行太平洋信用卡中心");

    private GeneratedPersonReports() {
    }

    static Map<String, Object> build(ReportRequest request) {
        String code = request.subjectCode();
        ReportSeed seed = new ReportSeed(code);
        String reportNumber = seed.reportNumber("1");
        List<Map<String, Object>> accounts = accounts(seed);
        List<Map<String, Object>> guarantees = seed.chance(0.15) ? List.of(guarantee(seed)) : List.of();
        return object(
            "reportType", "PERSONAL",
            "header", ReportSeed.header(request, reportNumber),
            "identity", identity(seed, code),
            "summary", summary(accounts, guarantees),
            "loanAccounts", accounts,
            "guaranteeLiabilities", guarantees,
            "publicRecords", object("taxArrears", List.of(), "civilJudgments", List.of(), "enforcements", List.of(),
                "administrativePenalties", List.of()),
            "queryRecords", queries(seed));
    }

    private static Map<String, Object> identity(ReportSeed seed, String code) {
        return object(
            "name", seed.pick(SURNAMES) + seed.pick(GIVEN_NAMES),
            "idType", "RESIDENT_ID",
            "idNumber", code,
            // GB 11643: the 17th digit is odd for men, even for women; digits 7-14 are the birth date.
            "gender", (code.charAt(16) - '0') % 2 == 1 ? "MALE" : "FEMALE",
            "birthDate", LocalDate.parse(code.substring(6, 14), DateTimeFormatter.BASIC_ISO_DATE).toString());
    }

    private static List<Map<String, Object>> accounts(ReportSeed seed) {
        List<Map<String, Object>> accounts = new ArrayList<>();
        boolean card = seed.chance(0.7);
        if (seed.chance(0.4)) {
            LocalDate opened = seed.date(2012, 2022);
            BigDecimal amount = seed.amount(300_000, 1_200_000, 10_000);
            accounts.add(account(seed, "D1", seed.pick(BANKS), "个人住房商业贷款", opened, opened.plusYears(seed.pick(List.of(20, 30))),
                amount, "MORTGAGE", seed.share(amount, 40, 90), "正常"));
        }
        if (seed.chance(0.3)) {
            LocalDate opened = seed.date(2024, 2025);
            BigDecimal amount = seed.amount(20_000, 200_000, 5_000);
            accounts.add(account(seed, "D1", seed.pick(BANKS), "个人消费贷款", opened, ReportSeed.dueAfter(opened, seed.between(2, 3)),
                amount, seed.pick(List.of("GUARANTEE", "CREDIT")), seed.share(amount, 30, 95), "正常"));
        }
        if (card || accounts.isEmpty()) {
            BigDecimal limit = seed.amount(10_000, 80_000, 1_000);
            accounts.add(account(seed, "R2", seed.pick(CARD_ISSUERS), "贷记卡", seed.date(2015, 2023), null,
                limit, "CREDIT", seed.share(limit, 0, 40), null));
        }
        accounts.sort(Comparator.comparing((Map<String, Object> a) -> (String) a.get("openDate")).reversed());
        for (int i = 0; i < accounts.size(); i++) {
            accounts.get(i).put("accountNumber", String.format("PD01-%04d", accounts.size() - i));
        }
        return accounts;
    }

    private static Map<String, Object> account(ReportSeed seed, String type, String institution, String businessType,
                                               LocalDate opened, @Nullable LocalDate due, BigDecimal amount,
                                               String guaranteeMethod, BigDecimal balance, @Nullable String classification) {
        Map<String, Object> latest = object(
            "accountStatus", "NORMAL",
            "balance", balance,
            "fiveLevelClassification", classification,
            "lastRepaymentDate", ReportSeed.AS_OF.atDay(seed.between(5, 25)).toString(),
            "statusDate", ReportSeed.AS_OF.atEndOfMonth().toString());
        return object(
            "accountNumber", "",
            "accountType", type,
            "institution", institution,
            "businessType", businessType,
            "openDate", opened.toString(),
            "dueDate", due == null ? null : due.toString(),
            "currency", "CNY",
            "amount", amount,
            "guaranteeMethod", guaranteeMethod,
            "latestStatus", latest,
            "currentOverduePeriods", 0,
            "currentOverdueAmount", ReportSeed.money(0),
            "repaymentHistory", object(
                "fromMonth", ReportSeed.AS_OF.minusMonths(ReportSeed.HISTORY_MONTHS - 1).toString(),
                "toMonth", ReportSeed.AS_OF.toString(),
                "statuses", seed.history(opened, 0.2)));
    }

    private static Map<String, Object> guarantee(ReportSeed seed) {
        LocalDate start = seed.date(2024, 2026);
        BigDecimal amount = seed.amount(50_000, 500_000, 10_000);
        return object(
            "institution", seed.pick(BANKS),
            "businessType", "个人经营性贷款",
            "responsibility", "GUARANTOR",
            "liabilityAmount", amount,
            "balance", seed.share(amount, 50, 100),
            "fiveLevelClassification", "正常",
            "openDate", start.toString(),
            "dueDate", ReportSeed.dueAfter(start, 2).toString());
    }

    static Map<String, Object> summary(List<Map<String, Object>> accounts, List<Map<String, Object>> guarantees) {
        Map<String, Map<String, Object>> byType = new TreeMap<>();
        BigDecimal total = ReportSeed.money(0);
        int overdueAccounts = 0;
        int overdueMonths = 0;
        for (Map<String, Object> account : accounts) {
            BigDecimal balance = (BigDecimal) ((Map<?, ?>) account.get("latestStatus")).get("balance");
            Map<String, Object> type = byType.computeIfAbsent((String) account.get("accountType"), t -> object(
                "accountType", t, "accountCount", 0, "amount", ReportSeed.money(0), "balance", ReportSeed.money(0)));
            type.put("accountCount", (Integer) type.get("accountCount") + 1);
            type.put("amount", ((BigDecimal) type.get("amount")).add((BigDecimal) account.get("amount")));
            type.put("balance", ((BigDecimal) type.get("balance")).add(balance));
            total = total.add(balance);
            long late = ((String) ((Map<?, ?>) account.get("repaymentHistory")).get("statuses")).chars().filter(c -> c == '1').count();
            overdueAccounts += late > 0 ? 1 : 0;
            overdueMonths += (int) late;
        }
        BigDecimal guaranteed = guarantees.stream().map(g -> (BigDecimal) g.get("balance")).reduce(ReportSeed.money(0), BigDecimal::add);
        return object(
            "accountsByType", List.copyOf(byType.values()),
            "totalBalance", total,
            "overdueAccountCount", overdueAccounts,
            "overdueMonths", overdueMonths,
            // Generated histories only hold past 1-30 day delays, each paid the following month.
            "highestMonthlyOverdueAmount", ReportSeed.money(overdueMonths > 0 ? 1_000 : 0),
            "longestOverdueMonths", overdueMonths > 0 ? 1 : 0,
            "guaranteeCount", guarantees.size(),
            "guaranteeBalance", guaranteed);
    }

    private static List<Map<String, Object>> queries(ReportSeed seed) {
        List<Map<String, Object>> queries = new ArrayList<>();
        for (int i = seed.between(1, 3); i > 0; i--) {
            queries.add(object(
                "queryDate", seed.date(2025, 2026).toString(),
                "queryingInstitution", seed.pick(BANKS),
                "queryReason", seed.pick(List.of("贷款审批", "贷后管理", "信用卡审批"))));
        }
        queries.sort(Comparator.comparing((Map<String, Object> q) -> (String) q.get("queryDate")).reversed());
        return queries;
    }
}
