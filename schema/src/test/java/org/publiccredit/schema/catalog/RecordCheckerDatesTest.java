package org.publiccredit.schema.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The checker's own date reading accepts and refuses exactly what {@link LocalDate#parse} does. */
class RecordCheckerDatesTest {

    @Test
    void readsDatesAsLocalDateParseDoes() {
        for (String text : new String[] {"2024-02-29", "2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31",
                "0000-01-01", "9999-12-31", "2024-1-01", "2024/01/01", "+999-01-01", "２０２４-01-01", "2024-01-0a",
                "20240101", "", "2024-01-01 ", " 2024-01-01", "2024-06-30"}) {
            assertThat(IsoDates.parse(text)).as(text).isEqualTo(reference(text));
        }
    }

    private static @Nullable LocalDate reference(String text) {
        if (text.length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
