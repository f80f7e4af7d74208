package org.publiccredit.graphql.ingest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.publiccredit.schema.catalog.Bilingual;
import org.publiccredit.schema.catalog.Catalog;
import org.publiccredit.schema.catalog.Department;
import org.publiccredit.schema.catalog.RecordChecker;
import org.publiccredit.schema.catalog.Violation;

/**
 * The catalog's checks ({@link RecordChecker}) plus who may report: the row's source department
 * must be listed for the category in departments.json and, when the batch names a required
 * source, must be that one. Warnings (a failing embedded organisation code) do not reject.
 */
final class RowCheck {

  /** "Today" for not-future rules is the city's date, not the server's zone. */
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final Catalog catalog;
  private final Map<String, Department> departments;

  RowCheck(Catalog catalog) {
    this.catalog = catalog;
    this.departments = catalog.departments().stream()
        .collect(Collectors.toUnmodifiableMap(Department::code, d -> d, (a, b) -> a));
  }

  List<Violation> violations(CategoryKeys keys, Map<String, String> row, @Nullable String requiredSource) {
    List<Violation> found = new ArrayList<>();
    for (Violation violation : new RecordChecker(catalog, LocalDate.now(CHINA)).check(keys.category(), row)) {
      if (!violation.warning()) {
        found.add(violation);
      }
    }
    String sourceKey = keys.category().record().get("sourceDepartmentCode");
    String source = sourceKey == null ? null : row.get(sourceKey);
    if (sourceKey == null || source == null) {
      return found;
    }
    Department department = departments.get(source);
    if (department == null || !department.reports(keys.category().id())) {
      found.add(new Violation(sourceKey, "departmentNotAllowed", new Bilingual(
          "数据来源单位（" + sourceKey + "）无权报送" + keys.category().name().zh() + "信息",
          "the source department may not report " + keys.category().name().en() + " (departments.json)"), false));
    }
    if (requiredSource != null && !requiredSource.equals(source)) {
      found.add(new Violation(sourceKey, "sourceMismatch", new Bilingual(
          "数据来源单位（" + sourceKey + "）须为报送部门本身",
          "the source department must be the submitting department"), false));
    }
    return found;
  }
}
