package org.publiccredit.localplatform.generate;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.publiccredit.schema.catalog.Department;
import org.publiccredit.schema.catalog.Enumeration;

/** Administrative licences (XK_*): certificate kinds by holder type, mostly from the approval bureau. */
final class LicenceRows implements RowFactory {

    static final String CATEGORY = "ADMINISTRATIVE_LICENSE";
    static final LocalDate OPEN_ENDED = LocalDate.of(2099, 12, 31);

    private record Kind(String certificate, String content, String category, String numberPrefix, int years,
                        boolean forPersons) {
    }

    private static final Kind[] KINDS = {
        new Kind("食品经营许可证", "经营项目：预包装食品销售（含冷藏冷冻食品），散装食品销售", "01", "JY2370982", 5, false),
        new Kind("道路运输经营许可证", "经营范围：道路普通货物运输，货物专用运输（集装箱）", "01", "鲁交运管许可泰字370982", 4, false),
        new Kind("建筑施工企业安全生产许可证", "许可范围：建筑施工", "01", "（鲁）JZ安许证字", 3, false),
        new Kind("排污许可证", "行业类别：" + "通用设备制造业；排放污染物种类：颗粒物、VOCs", "04", "91370982PW", 5, false),
        new Kind("药品经营许可证", "经营范围：中成药、化学药制剂、抗生素制剂、生化药品", "01", "鲁CB5380", 5, false),
        new Kind("烟草专卖零售许可证", "经营范围：卷烟、雪茄烟零售", "02", "370982", 5, false),
        new Kind("取水许可证", "取水方式：地下水；年取水量：3.6万立方米", "01", "取水（鲁泰）字", 5, false),
        new Kind("建设工程规划许可证", "建设规模：厂房及附属用房", "01", "建字第370982", 0, false),
        new Kind("公共场所卫生许可证", "许可项目：住宿、美容美发", "01", "鲁卫公证字", 4, false),
        new Kind("特种设备使用登记证", "设备类别：电梯、起重机械", "05", "梯11鲁J", 0, false),
        new Kind("危险化学品经营许可证", "经营方式：不带储存经营", "01", "鲁泰安危化经", 3, false),
        new Kind("医疗机构执业许可证", "诊疗科目：预防保健科、全科医疗科", "01", "PDY", 5, false),
        new Kind("特种作业操作证（电工作业）", "作业类别：电工作业；准操项目：低压电工作业", "03", "T370982", 6, true),
        new Kind("教师资格证书", "资格种类：初级中学教师资格", "03", "2021370", 0, true),
        new Kind("医师执业证书", "执业类别：临床；执业范围：内科专业", "03", "1103709820", 0, true),
        new Kind("建设工程消防验收意见书", "验收结论：合格", "04", "示消验字", 0, false)};

    private final GenerationContext context;
    private final Enumeration categories;

    LicenceRows(GenerationContext context) {
        this.context = context;
        this.categories = context.catalog().enumeration("LICENCE_CATEGORY");
    }

    @Override
    public void fill(long index, SplittableRandom random, Row row) {
        Subject subject = context.anySubject(random, 80);
        Kind kind = kind(random, subject instanceof Subject.Person);
        Department authority = context.authorities().pick(random, CATEGORY, 55, "行政审批服务局", "市场监督管理局", "行政审批服务局");
        LocalDate decided = context.dates().recentBiased(random);
        LocalDate until = kind.years() == 0 ? OPEN_ENDED : decided.plusYears(kind.years()).minusDays(1);
        SubjectFields.national(row, subject);
        row.set("XKWS", "准予行政许可决定书")
                .set("WSH", authority.documentAbbreviation() + "许准字〔" + decided.getYear() + "〕第" + (100000 + index) + "号")
                .set("XKLB", kind.category()).set("XKZS", kind.certificate())
                .set("XKBH", kind.numberPrefix() + (1000000 + index))
                .set("NR", "许可类别：" + categories.entry(kind.category()).label().zh() + "；" + kind.content() + "。")
                .set("JDRQ", decided).set("YXQZ", decided).set("YXQZI", until)
                .set("XKJG", authority.name().zh()).set("XKJGDM", authority.code())
                .set("ZT", until.isBefore(context.dates().asOf()) ? "2" : "1")
                .set("LYDW", authority.name().zh()).set("LYDWDM", authority.code());
    }

    private static Kind kind(SplittableRandom random, boolean person) {
        Kind kind;
        do {
            kind = KINDS[random.nextInt(KINDS.length)];
        } while (kind.forPersons() != person);
        return kind;
    }
}
