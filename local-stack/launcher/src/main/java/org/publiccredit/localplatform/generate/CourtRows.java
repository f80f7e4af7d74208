package org.publiccredit.localplatform.generate;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.publiccredit.schema.catalog.Department;

/** Dishonest judgment debtors published by the city's people's court. */
final class CourtRows implements RowFactory {

    static final String CATEGORY = "COURT_DISHONEST_DEBTOR";
    private static final String[] BEHAVIOURS = {"有履行能力而拒不履行生效法律文书确定义务", "违反财产报告制度",
        "违反限制消费令", "以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行"};
    private static final String[] OBLIGATIONS = {"支付货款", "偿还借款本金", "支付工程款", "支付劳动报酬", "赔偿损失"};
    private static final String[] BASES = {"民初", "民初", "民初", "商初", "执保"};

    private final GenerationContext context;
    private final Department court;

    CourtRows(GenerationContext context) {
        this.context = context;
        this.court = context.authorities().reporting(CATEGORY, "人民法院");
    }

    @Override
    public void fill(long index, SplittableRandom random, Row row) {
        Subject subject = context.anySubject(random, 60);
        Dates dates = context.dates();
        LocalDate filed = Dates.between(random, dates.start(), dates.asOf().minusDays(40));
        LocalDate published = dates.capped(filed.plusDays(30 + random.nextInt(150)));
        SubjectFields.json(row, subject);
        row.set("caseNumber", "（" + filed.getYear() + "）鲁0982执" + (10000 + index) + "号")
                .set("courtName", court.name().zh()).set("courtCode", court.code())
                .set("basisDocumentNumber", "（" + (filed.getYear() - 1) + "）鲁0982" + Names.pick(random, BASES)
                        + (1000 + random.nextInt(9000)) + "号")
                .set("basisUnit", court.name().zh())
                .set("obligation", "被执行人于判决生效之日起十日内" + Names.pick(random, OBLIGATIONS)
                        + (1000 + random.nextInt(500000)) + "元及利息")
                .set("performance", random.nextInt(100) < 80 ? "1" : "2")
                .set("dishonestBehaviour", Names.pick(random, BEHAVIOURS))
                .set("filingDate", filed).set("publishDate", published);
        if (random.nextInt(100) < 20 && published.plusDays(60).isBefore(dates.asOf())) {
            row.set("removalDate", Dates.between(random, published.plusDays(60), dates.asOf())).set("performance", "3");
        }
        SubjectFields.source(row, court);
    }
}
