package org.publiccredit.localplatform.generate;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.publiccredit.schema.catalog.Department;

/** Base records of the legal-person and natural-person databases: row i is subject i. */
final class BaseRows {

    private BaseRows() {
    }

    static RowFactory legalPersons(GenerationContext context) {
        return (index, random, row) -> legalPerson(context, context.subjects().organisation(index), random, row);
    }

    static void legalPerson(GenerationContext context, Subject.Organisation o, SplittableRandom random, Row row) {
        Department registrar = context.authorities().reporting("LEGAL_PERSON", switch (o.typeCode()) {
            case "12" -> "机构编制委员会办公室";
            case "51", "52" -> "民政局";
            default -> "市场监督管理局";
        });
        row.set("unifiedSocialCreditCode", o.uscc()).set("name", o.name()).set("organisationType", o.typeCode())
                .set("legalRepresentative", o.representative().name()).set("legalRepresentativeIdType", "01")
                .set("legalRepresentativeIdNumber", o.representative().idNumber())
                .set("establishedDate", o.established()).set("registeredCapital", capital(random, o.typeCode()))
                .set("industryCode", o.industry().code()).set("industry", o.industry().name())
                .set("businessScope", o.industry().name() + "相关经营活动（依法须经批准的项目，经相关部门批准后方可开展经营活动）")
                .set("address", o.address()).set("town", o.town().code())
                .set("registrationAuthority", registrar.name().zh()).set("registrationAuthorityCode", registrar.code())
                .set("registrationStatus", o.registrationStatus());
        if ("03".equals(o.registrationStatus()) || "04".equals(o.registrationStatus())) {
            row.set("deregisteredDate", o.deregistered());
        }
        SubjectFields.source(row, registrar);
    }

    private static BigDecimal capital(SplittableRandom random, String type) {
        return switch (type) {
            case "91" -> BigDecimal.valueOf(Math.round(Math.exp(2.3 + random.nextDouble() * 6.2)) * 100L, 2);
            case "93" -> BigDecimal.valueOf(5 + random.nextInt(496)).setScale(2);
            case "92" -> BigDecimal.valueOf(1 + random.nextInt(50)).setScale(2);
            default -> BigDecimal.valueOf(10 + random.nextInt(991)).setScale(2);
        };
    }

    static RowFactory naturalPersons(GenerationContext context) {
        Department police = context.authorities().reporting("NATURAL_PERSON", "公安局");
        return (index, random, row) -> naturalPerson(context.subjects().person(index), police, row);
    }

    static void naturalPerson(Subject.Person p, Department source, Row row) {
        row.set("idNumber", p.idNumber()).set("idType", "01").set("name", p.name()).set("sex", p.male() ? "1" : "2")
                .set("birthDate", p.birthDate()).set("town", p.village().town().code())
                .set("village", p.village().name()).set("householdNumber", p.householdNumber())
                .set("householdType", p.village().town().urban() ? "2" : "1")
                .set("householdRole", p.householdRole()).set("address", p.address());
        SubjectFields.source(row, source);
    }
}
