package org.publiccredit.localplatform.generate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.SplittableRandom;
import org.publiccredit.schema.catalog.Department;

/**
 * Annual tax credit ratings: row i rates organisation i / 10 for one of the last ten published
 * years, so (taxpayer, year) never repeats. Results are published each April for the year before.
 */
final class TaxRatingRows implements RowFactory {

    static final String CATEGORY = "TAX_RATING";

    private final GenerationContext context;
    private final Department bureau;
    private final int lastYear;

    TaxRatingRows(GenerationContext context) {
        this.context = context;
        this.bureau = context.authorities().reporting(CATEGORY, "税务局");
        LocalDate asOf = context.dates().asOf();
        this.lastYear = asOf.isBefore(LocalDate.of(asOf.getYear(), Month.MAY, 1)) ? asOf.getYear() - 2 : asOf.getYear() - 1;
    }

    /** How many ratings the organisations can carry without repeating (taxpayer, year). */
    static long capacity(long organisations) {
        return organisations * 10;
    }

    @Override
    public void fill(long index, SplittableRandom random, Row row) {
        Subject.Organisation taxpayer = context.subjects().organisation((index / 10) % context.subjects().organisations());
        int year = lastYear - (int) (index % 10);
        int roll = random.nextInt(100);
        String level = roll < 12 ? "A" : roll < 67 ? "B" : roll < 80 ? "M" : roll < 95 ? "C" : "D";
        BigDecimal score = switch (level) {
            case "A" -> score(random, 90, 100);
            case "B" -> score(random, 70, 90);
            case "M" -> score(random, 70, 100);
            case "C" -> score(random, 40, 70);
            default -> random.nextBoolean() ? null : score(random, 0, 40);
        };
        LocalDate published = LocalDate.of(year + 1, Month.APRIL, 1 + random.nextInt(30));
        row.set("unifiedSocialCreditCode", taxpayer.uscc()).set("subjectName", taxpayer.name())
                .set("year", year).set("level", level).set("score", score)
                .set("documentNumber", year + "-" + level + "-370982-" + (100000 + index))
                .set("evaluationDate", context.dates().capped(published))
                .set("validUntil", published.plusYears(1).minusDays(1))
                .set("authorityName", bureau.name().zh()).set("authorityCode", bureau.code());
        SubjectFields.source(row, bureau);
    }

    /** A score in [from, below) with one decimal. */
    private static BigDecimal score(SplittableRandom random, int from, int below) {
        return BigDecimal.valueOf(from * 10L + random.nextInt((below - from) * 10), 1);
    }
}
