package org.publiccredit.localplatform.generate;

import java.util.List;
import java.util.SplittableRandom;
import org.publiccredit.schema.catalog.Catalog;
import org.publiccredit.schema.catalog.Department;

/** The catalog's reporting departments, found by short name and drawn by category. */
final class Authorities {

    private final Catalog catalog;

    Authorities(Catalog catalog) {
        this.catalog = catalog;
    }

    /** By name without the city prefix, e.g. "市场监督管理局". */
    Department named(String shortName) {
        return catalog.departments().stream()
                .filter(d -> d.name().zh().equals(City.NAME + shortName) || d.name().zh().equals(shortName))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no department " + shortName));
    }

    /**
     * A department that reports the category: one of the favoured (with the given share in per
     * cent, split evenly), otherwise any department allowed for the category.
     */
    Department pick(SplittableRandom random, String categoryId, int favouredPercent, String... favoured) {
        if (favoured.length > 0 && random.nextInt(100) < favouredPercent) {
            Department department = named(favoured[random.nextInt(favoured.length)]);
            if (!department.reports(categoryId)) {
                throw new IllegalStateException(department.name().zh() + " does not report " + categoryId);
            }
            return department;
        }
        List<Department> allowed = catalog.departmentsReporting(categoryId);
        return allowed.get(random.nextInt(allowed.size()));
    }

    /** The named department, checked to be allowed to report the category. */
    Department reporting(String categoryId, String shortName) {
        Department department = named(shortName);
        if (!department.reports(categoryId)) {
            throw new IllegalStateException(department.name().zh() + " does not report " + categoryId);
        }
        return department;
    }
}
