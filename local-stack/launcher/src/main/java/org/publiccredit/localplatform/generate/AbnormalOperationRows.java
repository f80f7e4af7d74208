package org.publiccredit.localplatform.generate;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.publiccredit.schema.catalog.Department;

/**
 * Abnormal-operations list: rows come in threes, two entries and then the removal of the first, so
 * about a third of entries are later removed, and a removal always points at an entry that exists.
 */
final class AbnormalOperationRows implements RowFactory {

    static final String CATEGORY = "ABNORMAL_OPERATION";
    private static final String[] ENTRY_REASONS = {"01", "01", "01", "01", "02", "03", "04", "04"};
    private static final String[] REMOVAL_REASONS = {"01", "01", "01", "02", "03", "04"};

    private record Entry(Subject.Organisation subject, String documentNumber, LocalDate decided, String reason) {
    }

    private final GenerationContext context;
    private final Department regulator;

    AbnormalOperationRows(GenerationContext context) {
        this.context = context;
        this.regulator = context.authorities().reporting(CATEGORY, "市场监督管理局");
    }

    @Override
    public void fill(long index, SplittableRandom random, Row row) {
        if (index % 3 == 2) {
            removal(index, entry(index - 2, context.rowRandom(CATEGORY, index - 2)), random, row);
        } else {
            Entry entry = entry(index, random);
            common(row, entry.subject(), entry.documentNumber(), entry.decided());
            row.set("action", "1").set("entryReason", entry.reason());
        }
    }

    private Entry entry(long index, SplittableRandom random) {
        Subject.Organisation subject = context.subjects().anyOrganisation(random);
        LocalDate decided = Dates.between(random, context.dates().start(), context.dates().asOf().minusDays(60));
        String number = regulator.documentAbbreviation() + "异〔" + decided.getYear() + "〕" + (100000 + index) + "号";
        return new Entry(subject, number, decided, ENTRY_REASONS[random.nextInt(ENTRY_REASONS.length)]);
    }

    private void removal(long index, Entry entry, SplittableRandom random, Row row) {
        LocalDate removed = Dates.between(random, entry.decided().plusDays(30), context.dates().asOf());
        common(row, entry.subject(), regulator.documentAbbreviation() + "移异〔" + removed.getYear() + "〕" + (100000 + index) + "号", removed);
        String reason = "01".equals(entry.reason()) ? "01" : REMOVAL_REASONS[random.nextInt(REMOVAL_REASONS.length)];
        row.set("action", "2").set("removalReason", reason).set("entryDocumentNumber", entry.documentNumber());
    }

    private void common(Row row, Subject.Organisation subject, String documentNumber, LocalDate decided) {
        SubjectFields.json(row, subject);
        row.set("documentNumber", documentNumber).set("decisionDate", decided)
                .set("authorityName", regulator.name().zh()).set("authorityCode", regulator.code());
        SubjectFields.source(row, regulator);
    }
}
