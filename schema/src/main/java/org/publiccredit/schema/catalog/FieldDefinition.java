package org.publiccredit.schema.catalog;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One field of a record category.
 *
 * @param key the column in import files: the national code when there is one, else {@code name}
 * @param code national column code (XK_/CF_ standard) or null
 * @param name camelCase English name, the member name in JSON and GraphQL
 * @param maxLength maximum length in characters, 0 when unbounded (dates, numbers)
 * @param separator for multi-valued enumerations, the separator between codes; else null
 * @param idTypeField for ID numbers, the key of the field that holds the ID type
 * @param elasticsearch the mapping fragment for this field
 */
public record FieldDefinition(
        String key,
        @Nullable String code,
        String name,
        Bilingual label,
        FieldType type,
        int maxLength,
        boolean required,
        @Nullable String enumeration,
        @Nullable String separator,
        boolean personalInformation,
        @Nullable String idTypeField,
        @Nullable Pattern pattern,
        @Nullable BigDecimal minimum,
        @Nullable BigDecimal maximum,
        @Nullable Integer scale,
        JsonNode elasticsearch) {
}
