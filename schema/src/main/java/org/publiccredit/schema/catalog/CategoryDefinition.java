package org.publiccredit.schema.catalog;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One record category of the catalog. Field keys (national code, else camelCase name) are what
 * identity, subject, record and rules refer to.
 *
 * @param importFormat "csv" or "jsonl": what the generator writes and the import template uses
 * @param identity the natural key fields; a record is (source department, category, these)
 * @param subject role (name, unifiedSocialCreditCode, idNumber ...) to field key
 * @param record common credit-record property (title, documentNumber ...) to field key
 */
public record CategoryDefinition(
        String id,
        Bilingual name,
        String importFormat,
        @Nullable String columnPrefix,
        boolean doublePublicity,
        List<String> subjectTypes,
        List<String> identity,
        Map<String, String> subject,
        Map<String, String> record,
        List<FieldDefinition> fields,
        List<CatalogRule> rules) {

    public FieldDefinition field(String key) {
        // A loop over some twenty fields: called per row by the checks, where building a map each time showed up.
        for (FieldDefinition field : fields) {
            if (field.key().equals(key)) {
                return field;
            }
        }
        throw new IllegalArgumentException(id + " has no field " + key);
    }

    /** Whether the category has a field with this key. */
    public boolean hasField(String key) {
        for (FieldDefinition field : fields) {
            if (field.key().equals(key)) {
                return true;
            }
        }
        return false;
    }

    public int indexOf(String key) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException(id + " has no field " + key);
    }

    public boolean csv() {
        return "csv".equals(importFormat);
    }

    /** The file a generator or template writes for this category, e.g. administrative-penalty.csv. */
    public String fileName() {
        return id.toLowerCase(java.util.Locale.ROOT).replace('_', '-') + (csv() ? ".csv" : ".jsonl");
    }
}
