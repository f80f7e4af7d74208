package org.publiccredit.localplatform.generate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.publiccredit.schema.catalog.Department;

/**
 * Administrative penalties (CF_*) under the general procedure. Publicity: three months for public
 * criticism or fines under 10,000 CNY, three years otherwise (SAMR Order No. 45); warning-only
 * penalties are not published, so every row carries more than a warning.
 */
final class PenaltyRows implements RowFactory {

    static final String CATEGORY = "ADMINISTRATIVE_PENALTY";

    private record Violation(String department, String type, String facts, String law, String article,
                             String basisArticle, String categories, boolean forPersons) {
    }

    private static final Violation[] VIOLATIONS = {
        new Violation("市场监督管理局", "销售不符合食品安全标准的食品", "经营超过保质期的预包装食品", "《中华人民共和国食品安全法》", "第三十四条", "第一百二十四条第一款", "罚款;没收违法所得", false),
        new Violation("市场监督管理局", "未明码标价", "销售商品未按规定明码标价", "《中华人民共和国价格法》", "第十三条", "第四十二条", "通报批评;罚款", false),
        new Violation("市场监督管理局", "发布虚假广告", "在经营场所发布含有虚假内容的广告", "《中华人民共和国广告法》", "第二十八条", "第五十五条第一款", "罚款", false),
        new Violation("生态环境局", "超标排放大气污染物", "废气排放口颗粒物浓度超过排放标准", "《中华人民共和国大气污染防治法》", "第十八条", "第九十九条第二项", "罚款;责令停产停业", false),
        new Violation("交通运输局", "车辆超限运输", "货运车辆超限运输", "《中华人民共和国公路法》", "第五十条", "第七十六条第五项", "罚款", false),
        new Violation("交通运输局", "未取得道路运输经营许可从事经营", "未取得道路运输经营许可擅自从事道路货物运输经营", "《中华人民共和国道路运输条例》", "第二十四条", "第六十三条", "罚款;没收违法所得", false),
        new Violation("应急管理局", "未按规定进行安全生产教育和培训", "未对从业人员进行安全生产教育和培训", "《中华人民共和国安全生产法》", "第二十八条", "第九十七条第三项", "罚款", false),
        new Violation("税务局", "未按期办理纳税申报", "未按照规定期限办理纳税申报和报送纳税资料", "《中华人民共和国税收征收管理法》", "第二十五条", "第六十二条", "罚款", false),
        new Violation("综合行政执法局", "未取得建设工程规划许可证进行建设", "未取得建设工程规划许可证建设附属用房", "《中华人民共和国城乡规划法》", "第四十条", "第六十四条", "罚款", false),
        new Violation("卫生健康局", "未取得医疗机构执业许可证擅自执业", "未取得医疗机构执业许可证开展诊疗活动", "《医疗机构管理条例》", "第十四条", "第四十三条", "罚款;没收违法所得;没收非法财物", false),
        new Violation("交通运输局", "道路运输经营者严重违法", "使用不符合规定的车辆从事道路运输经营且拒不改正", "《中华人民共和国道路运输条例》", "第三十条", "第七十条", "吊销许可证件", false),
        new Violation("公安局", "违反治安管理", "在公共场所寻衅滋事", "《中华人民共和国治安管理处罚法》", "第二十六条", "第二十六条", "行政拘留;罚款", true),
        new Violation("卫生健康局", "非法行医", "未取得医师执业证书擅自开展诊疗活动", "《中华人民共和国医师法》", "第十三条", "第五十九条", "罚款;没收违法所得", true),
        new Violation("自然资源和规划局", "非法占用土地", "未经批准占用集体土地建设住宅", "《中华人民共和国土地管理法》", "第四十四条", "第七十八条", "罚款", true)};

    private final GenerationContext context;

    PenaltyRows(GenerationContext context) {
        this.context = context;
    }

    @Override
    public void fill(long index, SplittableRandom random, Row row) {
        Subject subject = context.anySubject(random, 85);
        Violation violation = violation(random, subject instanceof Subject.Person);
        Department authority = context.authorities().reporting(CATEGORY, violation.department());
        LocalDate decided = context.dates().recentBiased(random);
        BigDecimal fine = BigDecimal.valueOf((2 + random.nextInt(2000)) * 100L).movePointLeft(4);
        BigDecimal confiscated = BigDecimal.valueOf(50 + random.nextInt(50000)).movePointLeft(4);
        boolean fined = violation.categories().contains("罚款");
        boolean minor = violation.categories().startsWith("通报批评") || fined && fine.compareTo(BigDecimal.ONE) < 0
                && !violation.categories().contains(";");
        LocalDate until = minor ? decided.plusMonths(3) : decided.plusYears(3).minusDays(1);
        SubjectFields.national(row, subject);
        StringBuilder content = new StringBuilder("依据").append(violation.law()).append(violation.basisArticle()).append("，决定：");
        row.set("WSH", authority.documentAbbreviation() + "罚〔" + decided.getYear() + "〕" + (100000 + index) + "号")
                .set("WFXW", violation.type())
                .set("SY", "经查，当事人" + violation.facts() + "，违反了" + violation.law() + violation.article() + "的规定。")
                .set("YJ", violation.law() + violation.basisArticle())
                .set("CFLB", violation.categories());
        if (fined) {
            row.set("NR_FK", fine);
            content.append("罚款").append(fine.toPlainString()).append("万元；");
        }
        if (violation.categories().contains("没收")) {
            row.set("NR_WFFF", confiscated);
            content.append("没收违法所得及非法财物").append(confiscated.toPlainString()).append("万元；");
        }
        if (violation.categories().contains("吊销许可证件")) {
            row.set("NR_ZKDX", "道路运输经营许可证（鲁交运管许可泰字370982" + (200000 + index) + "号）");
            content.append("吊销道路运输经营许可证；");
        }
        if (violation.categories().contains("责令停产停业")) {
            content.append("责令停产整治；");
        }
        if (violation.categories().contains("行政拘留")) {
            content.append("行政拘留五日；");
        }
        if (violation.categories().contains("通报批评")) {
            content.append("通报批评；");
        }
        row.set("NR", content.substring(0, content.length() - 1) + "。")
                .set("JDRQ", decided).set("YXQ", until).set("GSJZQ", until)
                .set("CFJG", authority.name().zh()).set("CFJGDM", authority.code())
                .set("SJLY", authority.name().zh()).set("SJLYDM", authority.code());
    }

    private static Violation violation(SplittableRandom random, boolean person) {
        Violation violation;
        do {
            violation = VIOLATIONS[random.nextInt(VIOLATIONS.length)];
        } while (violation.forPersons() != person);
        return violation;
    }
}
