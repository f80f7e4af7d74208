package org.publiccredit.schema.catalog;

/** A text in Chinese and English: labels, names and messages of the catalog. */
public record Bilingual(String zh, String en) {
}
