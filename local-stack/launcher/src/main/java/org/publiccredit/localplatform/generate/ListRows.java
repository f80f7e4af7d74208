package org.publiccredit.localplatform.generate;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.publiccredit.schema.catalog.Department;
import org.publiccredit.schema.catalog.Enumeration;

/** Red list, black list and severe illegal and dishonest list entries; each list type has its issuer. */
final class ListRows implements RowFactory {

    private record ListKind(String code, String department, String reason, int organisationPercent) {
    }

    private static final ListKind[] RED = {
        new ListKind("01", "税务局", "连续三年纳税信用评价为A级", 100),
        new ListKind("02", "商务局", "通过海关高级认证，认定为高级认证企业", 100),
        new ListKind("03", "社会信用体系建设领导小组办公室", "经评审认定为市级守信激励对象", 80),
        new ListKind("04", "市场监督管理局", "连续五年无不良信用记录，评为诚信经营示范单位", 100),
        new ListKind("05", "农业农村局", "认定为农业产业化市级重点龙头企业", 100)};
    private static final ListKind[] BLACK = {
        new ListKind("01", "税务局", "虚开增值税普通发票，偷税数额达到重大税收违法失信主体标准", 95),
        new ListKind("02", "人力资源和社会保障局", "拖欠农民工工资数额较大，经责令限期支付逾期未支付", 85),
        new ListKind("03", "应急管理局", "发生较大生产安全事故，负有主要责任", 100),
        new ListKind("04", "统计局", "提供不真实统计资料，情节严重", 100),
        new ListKind("05", "财政局", "政府采购活动中提供虚假材料谋取中标", 100),
        new ListKind("06", "市场监督管理局", "生产销售不符合食品安全标准的食品，情节严重", 90),
        new ListKind("07", "生态环境局", "通过暗管偷排水污染物，情节严重", 100),
        new ListKind("08", "医疗保障局", "以欺诈、伪造证明材料等手段骗取医疗保障基金", 60)};
    private static final ListKind[] SEVERE = {
        new ListKind("01", "市场监督管理局", "因提交虚假材料取得市场主体登记被撤销登记", 100),
        new ListKind("02", "交通运输局", "一年内多次超限超载运输，被认定为严重失信主体", 90),
        new ListKind("03", "住房和城乡建设局", "拖欠工程款、违法分包，被认定为建筑市场主体严重失信", 100),
        new ListKind("04", "生态环境局", "篡改、伪造自动监测数据", 100),
        new ListKind("05", "发展和改革局", "被依法认定为严重失信主体", 90)};

    private final GenerationContext context;
    private final String categoryId;
    private final ListKind[] kinds;
    private final String word;
    private final Enumeration types;

    private ListRows(GenerationContext context, String categoryId, ListKind[] kinds, String word, String enumeration) {
        this.context = context;
        this.categoryId = categoryId;
        this.kinds = kinds;
        this.word = word;
        this.types = context.catalog().enumeration(enumeration);
    }

    static ListRows red(GenerationContext context) {
        return new ListRows(context, "RED_LIST", RED, "红", "RED_LIST_TYPE");
    }

    static ListRows black(GenerationContext context) {
        return new ListRows(context, "BLACK_LIST", BLACK, "黑", "BLACK_LIST_TYPE");
    }

    static ListRows severe(GenerationContext context) {
        return new ListRows(context, "SEVERE_DISHONEST_LIST", SEVERE, "严失", "SEVERE_DISHONEST_LIST_TYPE");
    }

    @Override
    public void fill(long index, SplittableRandom random, Row row) {
        ListKind kind = kinds[random.nextInt(kinds.length)];
        Department issuer = context.authorities().reporting(categoryId, kind.department());
        Subject subject = context.anySubject(random, kind.organisationPercent());
        LocalDate decided = context.dates().recentBiased(random);
        LocalDate until = decided.plusYears(3).minusDays(1);
        SubjectFields.json(row, subject);
        row.set("listType", kind.code())
                .set("documentNumber", issuer.documentAbbreviation() + word + "〔" + decided.getYear() + "〕" + (100000 + index) + "号")
                .set("reason", kind.reason() + "，列入" + types.entry(kind.code()).label().zh() + "。")
                .set("legalBasis", "《山东省社会信用条例》第三十条")
                .set("issuingAuthority", issuer.name().zh()).set("issuingAuthorityCode", issuer.code())
                .set("decisionDate", decided).set("validFrom", decided).set("validUntil", until);
        LocalDate asOf = context.dates().asOf();
        if (row.has("removalDate") && random.nextInt(100) < 25 && decided.plusYears(1).isBefore(asOf)) {
            LocalDate latest = until.isBefore(asOf) ? until : asOf;
            row.set("removalDate", Dates.between(random, decided.plusYears(1), latest))
                    .set("removalReason", "已履行相关义务、纠正失信行为，经信用修复移出名单");
        }
        SubjectFields.source(row, issuer);
    }
}
