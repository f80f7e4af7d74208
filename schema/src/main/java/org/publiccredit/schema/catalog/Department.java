package org.publiccredit.schema.catalog;

import java.util.Set;

/** A reporting unit and the categories it may report (departments.json). */
public record Department(String code, Bilingual name, String kind, String documentAbbreviation, Set<String> categories) {

    public boolean reports(String categoryId) {
        return categories.contains(categoryId);
    }
}
