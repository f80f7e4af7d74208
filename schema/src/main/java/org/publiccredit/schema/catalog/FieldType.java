package org.publiccredit.schema.catalog;

import java.util.Locale;

/** Value types of catalog fields; {@link #catalogName()} is the spelling used in the JSON files. */
public enum FieldType {
    STRING, TEXT, NAME, DATE, DECIMAL, INTEGER, ENUM, USCC, CODE18, ID_NUMBER;

    public String catalogName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static FieldType fromCatalog(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** Numbers are written as JSON numbers in JSON Lines files, everything else as strings. */
    public boolean numeric() {
        return this == DECIMAL || this == INTEGER;
    }
}
