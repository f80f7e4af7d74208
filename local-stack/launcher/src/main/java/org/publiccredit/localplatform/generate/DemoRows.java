package org.publiccredit.localplatform.generate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.publiccredit.schema.catalog.CheckCharacters;
import org.publiccredit.schema.catalog.Department;

/**
 * The demo company 91370982MA3C4A1Q19 and the demo person 370982198503120017 with the records of
 * local-stack/demo-data (same document numbers and dates), written first into every output.
 * Generated identifiers stay out of their ranges, so they never clash.
 */
final class DemoRows {

    static final String COMPANY_CODE = "91370982MA3C4A1Q19";
    static final String PERSON_ID = "370982198503120017";

    private final GenerationContext context;
    private final Subject.Organisation company;
    private final Subject.Person person;

    DemoRows(GenerationContext context) {
        this.context = context;
        City city = context.city();
        String representativeFirst17 = "37098219680715003";
        City.Village yangliu = village(city, "羊流镇");
        Subject.Person representative = new Subject.Person(representativeFirst17
                + CheckCharacters.residentIdCheck(representativeFirst17), "刘德顺", true, LocalDate.of(1968, 7, 15),
                yangliu, yangliu.code() + "99999998", "01", City.PROVINCE + City.NAME + "羊流镇" + yangliu.name() + "18号");
        this.company = new Subject.Organisation(COMPANY_CODE, "91", "示范市鲁信农产品有限公司", representative,
                LocalDate.of(2016, 4, 18), yangliu.town(), "山东省示范市羊流镇鲁信路88号",
                new Industry("A0513", "农产品初加工服务业", "农产品", "粮油店"), "01", LocalDate.of(2016, 4, 18));
        City.Village qingyun = village(city, "青云街道");
        this.person = new Subject.Person(PERSON_ID, "王建国", true, LocalDate.of(1985, 3, 12), qingyun,
                qingyun.code() + "99999999", "01", City.PROVINCE + City.NAME + "青云街道" + qingyun.name() + "6号");
    }

    private static City.Village village(City city, String town) {
        for (int i = 0; i < City.VILLAGES; i++) {
            if (city.village(i).town().name().equals(town)) {
                return city.village(i);
            }
        }
        throw new IllegalStateException("no village in " + town);
    }

    List<Row> rows(String categoryId, Supplier<Row> newRow) {
        List<Row> rows = new ArrayList<>();
        Authorities authorities = context.authorities();
        switch (categoryId) {
            case "LEGAL_PERSON" -> {
                Row row = newRow.get();
                BaseRows.legalPerson(context, company, Seeds.random(0, 0, 0), row);
                rows.add(row.set("registeredCapital", new BigDecimal("500.00")));
            }
            case "NATURAL_PERSON" -> {
                Row row = newRow.get();
                BaseRows.naturalPerson(person, authorities.reporting(categoryId, "公安局"), row);
                rows.add(row);
            }
            case "ADMINISTRATIVE_LICENSE" -> {
                rows.add(licence(newRow.get(), company, "市场监督管理局", "JY23709820016842", "食品经营许可证", "01",
                        "许可类别：普通；经营项目：预包装食品销售（含冷藏冷冻食品），散装食品销售。", "2023-03-15", "2028-03-14"));
                rows.add(licence(newRow.get(), company, "农业农村局", "农药经许（鲁）37098221005", "农药经营许可证", "01",
                        "许可类别：普通；经营范围：农药（限制使用农药除外）。", "2021-08-10", "2026-08-09"));
                rows.add(licence(newRow.get(), person, "应急管理局", "鲁应急特作〔2022〕电0318号", "特种作业操作证（电工作业）", "03",
                        "作业类别：电工作业；准操项目：低压电工作业。", "2022-05-09", "2028-05-08"));
            }
            case "ADMINISTRATIVE_PENALTY" -> rows.add(DemoRecords.penalty(newRow.get(), company, authorities));
            case "TAX_RATING" -> rows.add(DemoRecords.taxRating(newRow.get(), company, authorities));
            case "RED_LIST" -> rows.add(DemoRecords.redList(newRow.get(), company, authorities));
            case "CREDIT_COMMITMENT" -> {
                rows.add(DemoRecords.commitment(newRow.get(), company, authorities, "行政审批服务局", "37098220240301000123",
                        "01", "农药经营许可证延续", "2024-03-01", "2025-02-28"));
                rows.add(DemoRecords.commitment(newRow.get(), person, authorities, "人力资源和社会保障局", "37098220250116000418",
                        "03", "创业担保贷款申请", "2025-01-16", "2027-01-15"));
            }
            case "POSITIVE_RECORD" -> rows.add(DemoRecords.positive(newRow.get(), person, authorities));
            default -> {
            }
        }
        return rows;
    }

    private Row licence(Row row, Subject subject, String department, String number, String certificate,
                        String category, String content, String from, String until) {
        Department authority = context.authorities().reporting("ADMINISTRATIVE_LICENSE", department);
        SubjectFields.national(row, subject);
        return row.set("XKWS", "准予行政许可决定书").set("WSH", number).set("XKLB", category).set("XKZS", certificate)
                .set("XKBH", number).set("NR", content).set("JDRQ", from).set("YXQZ", from).set("YXQZI", until)
                .set("XKJG", authority.name().zh()).set("XKJGDM", authority.code())
                .set("ZT", LocalDate.parse(until).isBefore(context.dates().asOf()) ? "2" : "1")
                .set("LYDW", authority.name().zh()).set("LYDWDM", authority.code());
    }
}
