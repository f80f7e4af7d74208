package org.publiccredit.localplatform.generate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.publiccredit.schema.catalog.Department;

/** Other negative records: arrears of social insurance, provident fund and utilities, month by month. */
final class NegativeRows implements RowFactory {

    static final String CATEGORY = "OTHER_NEGATIVE";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM");

    private record Kind(String type, int weight, String department, int organisationPercent, int minYuan, int maxYuan) {
    }

    private static final Kind[] KINDS = {
        new Kind("01", 26, "人力资源和社会保障局", 70, 300, 60000),
        new Kind("02", 8, "示范市住房公积金管理中心", 90, 200, 30000),
        new Kind("03", 20, "示范市水务集团有限公司", 25, 20, 3000),
        new Kind("04", 22, "国网山东省电力公司示范市供电公司", 25, 30, 20000),
        new Kind("05", 12, "示范市燃气有限公司", 20, 20, 5000),
        new Kind("06", 10, "示范市热力有限公司", 15, 500, 8000),
        new Kind("07", 2, "医疗保障局", 30, 0, 0)};
    private static final int TOTAL_WEIGHT = 100;

    private final GenerationContext context;

    NegativeRows(GenerationContext context) {
        this.context = context;
    }

    @Override
    public void fill(long index, SplittableRandom random, Row row) {
        Kind kind = kind(random.nextInt(TOTAL_WEIGHT));
        Department unit = context.authorities().reporting(CATEGORY, kind.department());
        Subject subject = context.anySubject(random, kind.organisationPercent());
        Dates dates = context.dates();
        LocalDate periodStart = Dates.between(random, dates.start(), dates.asOf().minusMonths(3)).withDayOfMonth(1);
        int months = 1 + random.nextInt(random.nextInt(100) < 80 ? 3 : 12);
        LocalDate periodEnd = dates.capped(periodStart.plusMonths(months).minusDays(1));
        LocalDate recorded = dates.capped(periodEnd.plusDays(15 + random.nextInt(60)));
        String label = context.catalog().enumeration("OTHER_NEGATIVE_TYPE").entry(kind.type()).label().zh();
        SubjectFields.json(row, subject);
        row.set("recordType", kind.type())
                .set("documentNumber", unit.documentAbbreviation() + "欠" + periodStart.format(MONTH) + "-" + (10000000 + index))
                .set("periodFrom", periodStart).set("periodUntil", periodEnd).set("recordDate", recorded)
                .set("reportingUnit", unit.name().zh()).set("reportingUnitCode", unit.code());
        if (kind.maxYuan() > 0) {
            BigDecimal amount = BigDecimal.valueOf(kind.minYuan() * 100L + random.nextLong((kind.maxYuan() - kind.minYuan()) * 100L), 2);
            row.set("amount", amount).set("description", periodStart.getYear() + "年" + periodStart.getMonthValue() + "月起"
                    + months + "个月" + label + "，欠缴金额" + amount.toPlainString() + "元，经催缴逾期未缴纳。");
        } else {
            row.set("description", "以伪造票据方式虚报医疗费用，已追回违规基金并记入信用记录。");
        }
        if (random.nextInt(100) < 60 && recorded.plusDays(10).isBefore(dates.asOf())) {
            row.set("settledDate", Dates.between(random, recorded.plusDays(10), dates.asOf()));
        }
        SubjectFields.source(row, unit);
    }

    private static Kind kind(int pick) {
        for (Kind kind : KINDS) {
            pick -= kind.weight();
            if (pick < 0) {
                return kind;
            }
        }
        return KINDS[0];
    }
}
