package org.publiccredit.schema.catalog;

/**
 * A broken catalog rule for one field of one row.
 *
 * @param field the field key (national code or camelCase name)
 * @param rule what was broken: required, maxLength, type, enumeration, checkCharacter, pattern,
 *             range, unknownField, or a rule kind of the category
 * @param warning true for findings that do not reject the row (a failing embedded organisation code)
 */
public record Violation(String field, String rule, Bilingual message, boolean warning) {
}
