package org.publiccredit.localplatform.generate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/** The ten-year window of generated records, ending at the as-of date (never in the future of it). */
record Dates(LocalDate start, LocalDate asOf) {

    static Dates tenYearsTo(LocalDate asOf) {
        return new Dates(asOf.minusYears(10).plusDays(1), asOf);
    }

    LocalDate any(SplittableRandom random) {
        return between(random, start, asOf);
    }

    /** Weighted towards recent years, as collection grew over the decade. */
    LocalDate recentBiased(SplittableRandom random) {
        long days = ChronoUnit.DAYS.between(start, asOf);
        double u = Math.sqrt(random.nextDouble());
        return start.plusDays((long) (u * days));
    }

    static LocalDate between(SplittableRandom random, LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
    }

    LocalDate capped(LocalDate date) {
        return date.isAfter(asOf) ? asOf : date;
    }
}
