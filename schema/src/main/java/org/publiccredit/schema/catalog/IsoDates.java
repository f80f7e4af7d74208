package org.publiccredit.schema.catalog;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * {@code yyyy-MM-dd} read as {@link LocalDate#parse} reads it, without its formatter: the catalog's
 * checks call it several times per imported row, and the service for every date of every stored
 * record it reads back.
 */
public final class IsoDates {

    private IsoDates() {
    }

    /** The day of an ISO {@code yyyy-MM-dd}, or null when the text is anything else (or no such day). */
    public static @Nullable LocalDate parse(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException notADay) {
            return null;
        }
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
