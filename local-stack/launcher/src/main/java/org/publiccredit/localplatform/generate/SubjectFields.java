package org.publiccredit.localplatform.generate;

/** Fills the subject block of a row, national (XDR_*, FRDB, FR_*) or camelCase. */
final class SubjectFields {

    private SubjectFields() {
    }

    static void national(Row row, Subject subject) {
        row.set("XDR_MC", subject.name()).set("XDR_LB", subject.subjectCategory());
        switch (subject) {
            case Subject.Organisation o -> {
                row.set("XDR_SHXYM", o.uscc());
                if ("12".equals(o.typeCode())) {
                    row.set("XDR_SYDW", "事证第" + o.uscc().substring(8, 17) + "号");
                } else if (o.typeCode().startsWith("5")) {
                    row.set("XDR_SHZZ", o.uscc());
                }
                row.set("FRDB", o.representative().name()).set("FR_ZJLX", "01")
                        .set("FR_ZJHM", o.representative().idNumber());
            }
            case Subject.Person p -> row.set("XDR_ZJLX", "01").set("XDR_ZJHM", p.idNumber());
        }
    }

    static void json(Row row, Subject subject) {
        row.set("subjectName", subject.name());
        if (row.has("subjectCategory")) {
            row.set("subjectCategory", subject.subjectCategory());
        }
        switch (subject) {
            case Subject.Organisation o -> {
                row.set("unifiedSocialCreditCode", o.uscc());
                if (row.has("legalRepresentative")) {
                    row.set("legalRepresentative", o.representative().name());
                }
            }
            case Subject.Person p -> row.set("idType", "01").set("idNumber", p.idNumber());
        }
    }

    static void source(Row row, org.publiccredit.schema.catalog.Department department) {
        row.set("sourceUnit", department.name().zh()).set("sourceUnitCode", department.code());
    }
}
