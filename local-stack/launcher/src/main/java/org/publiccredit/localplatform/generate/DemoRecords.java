package org.publiccredit.localplatform.generate;

import org.publiccredit.schema.catalog.Department;

/** The demo subjects' records other than licences, as in local-stack/demo-data. */
final class DemoRecords {

    private DemoRecords() {
    }

    static Row penalty(Row row, Subject subject, Authorities authorities) {
        Department samr = authorities.reporting("ADMINISTRATIVE_PENALTY", "市场监督管理局");
        SubjectFields.national(row, subject);
        return row.set("WSH", "示市监处罚〔2024〕58号").set("WFXW", "销售标签不符合规定的预包装食品")
                .set("SY", "销售的预包装农产品标签未标注生产日期，违反了《中华人民共和国食品安全法》第六十七条的规定。")
                .set("YJ", "《中华人民共和国食品安全法》第一百二十五条第一款").set("CFLB", "警告;罚款")
                .set("NR", "给予警告并处罚款1.2万元。").set("NR_FK", "1.2").set("JDRQ", "2024-06-20")
                .set("YXQ", "2027-06-19").set("GSJZQ", "2027-06-19")
                .set("CFJG", samr.name().zh()).set("CFJGDM", samr.code())
                .set("SJLY", samr.name().zh()).set("SJLYDM", samr.code());
    }

    static Row taxRating(Row row, Subject.Organisation company, Authorities authorities) {
        Department tax = authorities.reporting("TAX_RATING", "税务局");
        row.set("unifiedSocialCreditCode", company.uscc()).set("subjectName", company.name()).set("year", 2024)
                .set("level", "A").set("score", "93.0").set("documentNumber", "2024-A-370982-0103")
                .set("evaluationDate", "2025-04-15").set("validUntil", "2026-04-14")
                .set("authorityName", tax.name().zh()).set("authorityCode", tax.code());
        SubjectFields.source(row, tax);
        return row;
    }

    static Row redList(Row row, Subject subject, Authorities authorities) {
        Department office = authorities.reporting("RED_LIST", "社会信用体系建设领导小组办公室");
        SubjectFields.json(row, subject);
        row.set("listType", "05").set("documentNumber", "示信用办红〔2024〕12号")
                .set("reason", "认定为农业产业化市级重点龙头企业，列入守信激励对象名单，享受“信易贷”等激励措施。")
                .set("issuingAuthority", office.name().zh()).set("issuingAuthorityCode", office.code())
                .set("decisionDate", "2024-12-10").set("validFrom", "2024-12-10").set("validUntil", "2027-12-09");
        SubjectFields.source(row, authorities.reporting("RED_LIST", "发展和改革局"));
        return row;
    }

    static Row commitment(Row row, Subject subject, Authorities authorities, String department, String code,
                          String type, String matter, String from, String until) {
        Department unit = authorities.reporting("CREDIT_COMMITMENT", department);
        SubjectFields.json(row, subject);
        row.set("commitmentCode", code).set("commitmentType", type).set("approvalMatter", matter)
                .set("reason", "申请办理" + matter)
                .set("content", "承诺所提交的" + matter + "申请材料真实有效，如有虚假愿承担相应法律责任。")
                .set("liability", "如违反承诺，愿意承担撤销相关决定、记入信用记录等责任。")
                .set("commitmentDate", from).set("validFrom", from).set("validUntil", until).set("fulfilment", "1")
                .set("acceptingUnit", unit.name().zh()).set("acceptingUnitCode", unit.code()).set("disclosure", "1");
        SubjectFields.source(row, unit);
        return row;
    }

    static Row positive(Row row, Subject subject, Authorities authorities) {
        Department civilisation = authorities.reporting("POSITIVE_RECORD", "精神文明建设委员会办公室");
        SubjectFields.json(row, subject);
        row.set("recordType", "01").set("title", "示范市道德模范（诚实守信类）").set("documentNumber", "示文明委〔2023〕7号")
                .set("level", "3").set("content", "被评为第五届示范市道德模范（诚实守信类）。").set("awardDate", "2023-09-28")
                .set("issuingAuthority", civilisation.name().zh()).set("issuingAuthorityCode", civilisation.code());
        SubjectFields.source(row, authorities.reporting("POSITIVE_RECORD", "社会信用体系建设领导小组办公室"));
        return row;
    }
}
