package org.publiccredit.localplatform.generate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.publiccredit.schema.catalog.Department;

/** Credit commitments over 31 approval matters of 10 departments (domain.md: about 2,000 a year). */
final class CommitmentRows implements RowFactory {

    static final String CATEGORY = "CREDIT_COMMITMENT";

    private record Matter(String department, String name, String type) {
    }

    private static final Matter[] MATTERS = {
        new Matter("行政审批服务局", "食品经营许可", "01"), new Matter("行政审批服务局", "农药经营许可证延续", "01"),
        new Matter("行政审批服务局", "公共场所卫生许可", "01"), new Matter("行政审批服务局", "建筑工程施工许可", "02"),
        new Matter("行政审批服务局", "道路货物运输经营许可", "01"), new Matter("行政审批服务局", "药品零售企业许可", "02"),
        new Matter("市场监督管理局", "企业登记住所申报", "03"), new Matter("市场监督管理局", "食品小作坊登记", "01"),
        new Matter("市场监督管理局", "经营异常名录移出", "04"), new Matter("人力资源和社会保障局", "创业担保贷款申请", "03"),
        new Matter("人力资源和社会保障局", "职业技能培训补贴申领", "03"), new Matter("人力资源和社会保障局", "社会保险待遇领取资格", "03"),
        new Matter("发展和改革局", "企业投资项目备案", "06"), new Matter("发展和改革局", "信用修复申请", "04"),
        new Matter("发展和改革局", "政府性资金申报", "06"), new Matter("农业农村局", "农机购置补贴申领", "03"),
        new Matter("农业农村局", "种子生产经营许可", "02"), new Matter("农业农村局", "家庭农场认定", "03"),
        new Matter("交通运输局", "道路运输从业资格", "03"), new Matter("交通运输局", "出租汽车经营资格", "01"),
        new Matter("生态环境局", "建设项目环评告知承诺", "01"), new Matter("生态环境局", "排污许可登记", "05"),
        new Matter("卫生健康局", "医疗机构执业登记", "02"), new Matter("卫生健康局", "母婴保健技术服务许可", "02"),
        new Matter("应急管理局", "危险化学品经营许可", "02"), new Matter("应急管理局", "烟花爆竹零售许可", "01"),
        new Matter("住房和城乡建设局", "建筑业企业资质", "01"), new Matter("住房和城乡建设局", "商品房预售许可", "02"),
        new Matter("行政审批服务局", "娱乐场所经营许可", "01"), new Matter("行政审批服务局", "旅行社设立许可", "01"),
        new Matter("行政审批服务局", "民办培训机构办学许可", "05")};
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private final GenerationContext context;

    CommitmentRows(GenerationContext context) {
        this.context = context;
    }

    @Override
    public void fill(long index, SplittableRandom random, Row row) {
        Matter matter = MATTERS[random.nextInt(MATTERS.length)];
        Department unit = context.authorities().reporting(CATEGORY, matter.department());
        Subject subject = context.anySubject(random, 75);
        LocalDate made = context.dates().recentBiased(random);
        LocalDate until = made.plusYears(1 + random.nextInt(2)).minusDays(1);
        SubjectFields.json(row, subject);
        row.set("commitmentCode", "370982" + made.format(BASIC) + "%06d".formatted(100000 + index % 900000))
                .set("commitmentType", matter.type()).set("approvalMatter", matter.name())
                .set("reason", "申请办理" + matter.name())
                .set("content", "本人（单位）承诺：申请" + matter.name() + "所提交的材料真实、合法、有效，"
                        + "符合相关条件和标准，并在承诺期限内补齐相关材料、履行相关义务。")
                .set("liability", "如违反承诺，愿意承担撤销相关许可、记入信用记录并依法接受联合惩戒等责任。")
                .set("commitmentDate", made).set("validFrom", made).set("validUntil", until)
                .set("acceptingUnit", unit.name().zh()).set("acceptingUnitCode", unit.code());
        int disclosure = random.nextInt(100);
        row.set("disclosure", disclosure < 85 ? "1" : disclosure < 97 ? "2" : "3");
        if (until.isBefore(context.dates().asOf())) {
            int kept = random.nextInt(100);
            String fulfilment = kept < 90 ? "1" : kept < 97 ? "2" : "3";
            row.set("fulfilment", fulfilment);
            if (!"1".equals(fulfilment)) {
                row.set("unfulfilledContent", "承诺期限内未补齐" + matter.name() + "所需的相关材料")
                        .set("liabilityPursued", "已撤销相关审批决定，记入失信记录");
            }
        }
        SubjectFields.source(row, unit);
    }
}
