package org.publiccredit.schema.catalog;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A cross-field rule of a category; every rule carries its message in Chinese and English. */
public sealed interface CatalogRule {

    Bilingual message();

    /** The fields become required when the condition holds. */
    record RequiredWhen(List<String> fields, Condition when, Bilingual message) implements CatalogRule {
    }

    /** {@code earlier} must not be after {@code later} when both are present. */
    record DateOrder(String earlier, String later, Bilingual message) implements CatalogRule {
    }

    /** The date must not be after today. */
    record NotFuture(String field, Bilingual message) implements CatalogRule {
    }

    /** A numeric field must lie in [minimum, exclusiveMaximum) when the condition holds. */
    record RangeWhen(String field, Condition when, @Nullable BigDecimal minimum,
                     @Nullable BigDecimal exclusiveMaximum, Bilingual message) implements CatalogRule {
    }

    /** A field must agree with part (birthDate, sex) of a resident ID number in another field. */
    record MatchesIdNumber(String field, String idField, String part, Bilingual message) implements CatalogRule {
    }

    /** A code must embed a date field as yyyyMMdd starting at {@code start}. */
    record MatchesDate(String field, String dateField, int start, Bilingual message) implements CatalogRule {
    }
}
