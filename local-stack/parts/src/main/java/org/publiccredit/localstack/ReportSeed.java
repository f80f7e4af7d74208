package org.publiccredit.localstack;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Deterministic choices for a generated report, seeded by the subject code: {@link Random}'s algorithm is specified,
 * so the same code gives the same report in every JVM and on every machine.
 */
final class ReportSeed {

    /** Generated and fixed reports are as of this month's end (the stand-in's data cut-off). */
    static final YearMonth AS_OF = YearMonth.of(2026, 10);
    static final String REPORT_TIME = "2026-11-01T09:00:00+08:00";
    static final int HISTORY_MONTHS = 24;

    private final Random random;

    ReportSeed(String subjectCode) {
        this.random = new Random(seedOf(subjectCode));
    }

    static long seedOf(String subjectCode) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(subjectCode.getBytes(StandardCharsets.UTF_8));
            long seed = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                seed = (seed << 8) | (digest[i] & 0xFF);
            }
            return seed;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** An amount in yuan between min and max, a multiple of step, with two decimals. */
    BigDecimal amount(int min, int max, int step) {
        return money(between(min / step, max / step) * (long) step);
    }

    /** A share of {@code whole} between the given percentages, with two decimals. */
    BigDecimal share(BigDecimal whole, int minPercent, int maxPercent) {
        return whole.multiply(BigDecimal.valueOf(between(minPercent, maxPercent))).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    /** A date in the given years, never after the data cut-off. */
    LocalDate date(int fromYear, int toYear) {
        LocalDate date = LocalDate.of(between(fromYear, toYear), between(1, 12), between(1, 28));
        return date.isAfter(AS_OF.atEndOfMonth()) ? date.minusYears(1) : date;
    }

    /** A contractual end {@code years} after {@code start}, pushed past the cut-off: an open debt is not yet due. */
    static LocalDate dueAfter(LocalDate start, int years) {
        LocalDate due = start.plusYears(years);
        while (!due.isAfter(AS_OF.atEndOfMonth())) {
            due = due.plusYears(1);
        }
        return due;
    }

    String reportNumber(String kind) {
        return "2026110109" + kind + String.format("%011d", Math.floorMod(random.nextLong(), 100_000_000_000L));
    }

    /**
     * 24 months of status ending at {@link #AS_OF}: '*' before the account opened, 'N' on time, and with the given
     * probability one past month 1-30 days late (clean-ish: never overdue now).
     */
    String history(LocalDate opened, double lateProbability) {
        StringBuilder statuses = new StringBuilder();
        YearMonth first = AS_OF.minusMonths(HISTORY_MONTHS - 1);
        for (int i = 0; i < HISTORY_MONTHS; i++) {
            statuses.append(first.plusMonths(i).isBefore(YearMonth.from(opened)) ? '*' : 'N');
        }
        int late = between(0, HISTORY_MONTHS - 3);
        if (chance(lateProbability) && statuses.charAt(late) == 'N') {
            statuses.setCharAt(late, '1');
        }
        return statuses.toString();
    }

    static BigDecimal money(long yuan) {
        return BigDecimal.valueOf(yuan).setScale(2, RoundingMode.UNNECESSARY);
    }

    static Map<String, Object> header(ReportRequest request, String reportNumber) {
        return object(
            "reportNumber", reportNumber,
            "reportTime", REPORT_TIME,
            "queryingInstitution", request.queryingInstitution(),
            "queryReason", request.purpose());
    }

    /** An insertion-ordered JSON object that, unlike {@code Map.of}, keeps null members. */
    static Map<String, Object> object(@Nullable Object... namesAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return object;
    }
}
