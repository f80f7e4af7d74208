package org.publiccredit.localplatform.generate;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.publiccredit.schema.catalog.Department;

/** Positive records: volunteering and blood donation dominate; honours, awards and household ratings. */
final class PositiveRows implements RowFactory {

    static final String CATEGORY = "POSITIVE_RECORD";

    private record Kind(String type, int weight, String department, String title, String level, int organisationPercent,
                        int validYears) {
    }

    private static final Kind[] KINDS = {
        new Kind("04", 38, "共青团示范市委员会", "志愿服务记录（服务时长%d小时）", "4", 0, 0),
        new Kind("04", 6, "精神文明建设委员会办公室", "优秀志愿者", "3", 0, 2),
        new Kind("06", 16, "卫生健康局", "无偿献血（%d毫升）", "4", 0, 0),
        new Kind("03", 12, "农业农村局", "信用户评定（%d星级）", "5", 0, 1),
        new Kind("01", 8, "妇女联合会", "最美家庭", "3", 0, 2),
        new Kind("01", 4, "总工会", "五一劳动奖章", "3", 0, 3),
        new Kind("01", 4, "人力资源和社会保障局", "先进工作者", "3", 0, 3),
        new Kind("01", 3, "教育和体育局", "优秀教师", "4", 0, 2),
        new Kind("02", 3, "科学技术局", "科学技术进步奖", "3", 100, 3),
        new Kind("02", 2, "工业和信息化局", "专精特新中小企业", "2", 100, 3),
        new Kind("02", 1, "商务局", "商贸流通龙头企业", "3", 100, 3),
        new Kind("07", 1, "民政局", "慈善捐赠（%d元）", "4", 40, 0),
        new Kind("05", 1, "公安局", "见义勇为先进个人", "3", 0, 5),
        new Kind("08", 1, "市场监督管理局", "守合同重信用企业", "2", 100, 2)};
    private static final int TOTAL_WEIGHT;

    static {
        int total = 0;
        for (Kind kind : KINDS) {
            total += kind.weight();
        }
        TOTAL_WEIGHT = total;
    }

    private final GenerationContext context;

    PositiveRows(GenerationContext context) {
        this.context = context;
    }

    @Override
    public void fill(long index, SplittableRandom random, Row row) {
        Kind kind = kind(random.nextInt(TOTAL_WEIGHT));
        Department issuer = context.authorities().reporting(CATEGORY, kind.department());
        Subject subject = context.anySubject(random, kind.organisationPercent());
        LocalDate awarded = context.dates().recentBiased(random);
        int amount = switch (kind.type()) {
            case "04" -> 2 + random.nextInt(60);
            case "06" -> 200 + 100 * random.nextInt(3);
            case "03" -> 1 + random.nextInt(5);
            default -> 500 + 100 * random.nextInt(200);
        };
        String title = kind.title().contains("%d") ? kind.title().formatted(amount) : kind.title();
        SubjectFields.json(row, subject);
        row.set("recordType", kind.type()).set("title", title)
                .set("documentNumber", issuer.documentAbbreviation() + "〔" + awarded.getYear() + "〕正" + (1000000 + index) + "号")
                .set("level", kind.level())
                .set("content", subject.name() + "获" + issuer.name().zh() + "认定：" + title + "。")
                .set("awardDate", awarded)
                .set("validUntil", kind.validYears() == 0 ? null : awarded.plusYears(kind.validYears()).minusDays(1))
                .set("issuingAuthority", issuer.name().zh()).set("issuingAuthorityCode", issuer.code());
        SubjectFields.source(row, issuer);
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
