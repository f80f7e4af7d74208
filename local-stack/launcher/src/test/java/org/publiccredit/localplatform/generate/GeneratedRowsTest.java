package org.publiccredit.localplatform.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.publiccredit.schema.catalog.Catalog;
import org.publiccredit.schema.catalog.CategoryDefinition;
import org.publiccredit.schema.catalog.Department;
import org.publiccredit.schema.catalog.FieldDefinition;
import org.publiccredit.schema.catalog.FieldType;
import org.publiccredit.schema.catalog.RecordChecker;
import org.publiccredit.schema.catalog.Violation;

/** Every row of the scale 0.01 city satisfies the catalog, has a unique identity and a legitimate source. */
class GeneratedRowsTest {

    private final Catalog catalog = GeneratedCity.catalog();
    private final Path city = GeneratedCity.scaleOnePercent();

    @Test
    void everyRowSatisfiesTheCatalog() {
        RecordChecker checker = new RecordChecker(catalog, LocalDate.now());
        for (CategoryDefinition category : catalog.categories()) {
            List<String> problems = new ArrayList<>();
            long[] line = {0};
            GeneratedCity.forEachRow(city, category, row -> {
                line[0]++;
                for (Violation violation : checker.check(category, row)) {
                    if (problems.size() < 10) {
                        problems.add(category.id() + " row " + line[0] + ": " + violation.field() + " " + violation.rule()
                                + " " + violation.message().en() + (violation.warning() ? " (warning)" : ""));
                    }
                }
            });
            assertThat(line[0]).as(category.id()).isPositive();
            assertThat(problems).as(category.id()).isEmpty();
        }
    }

    @Test
    void everyIdentifierPassesTheIndependentChecks() {
        for (CategoryDefinition category : catalog.categories()) {
            List<FieldDefinition> codes = category.fields().stream()
                    .filter(f -> f.type() == FieldType.USCC || f.type() == FieldType.CODE18 || f.type() == FieldType.ID_NUMBER)
                    .toList();
            GeneratedCity.forEachRow(city, category, row -> {
                for (FieldDefinition field : codes) {
                    String value = row.get(field.key());
                    if (value == null) {
                        continue;
                    }
                    boolean valid = field.type() == FieldType.ID_NUMBER
                            ? IndependentChecks.validResidentId(value)
                            : IndependentChecks.validUscc(value) && IndependentChecks.validEmbeddedOrganisationCode(value);
                    assertThat(valid).as(category.id() + "." + field.key() + " = " + value).isTrue();
                }
            });
        }
    }

    @Test
    void identitiesAreUniqueAndSourcesMayReportTheCategory() {
        for (CategoryDefinition category : catalog.categories()) {
            Set<String> allowed = catalog.departmentsReporting(category.id()).stream().map(Department::code)
                    .collect(Collectors.toSet());
            String sourceKey = category.record().get("sourceDepartmentCode");
            Set<String> identities = new HashSet<>();
            GeneratedCity.forEachRow(city, category, row -> {
                String source = row.get(sourceKey);
                assertThat(allowed).as(category.id() + " source").contains(source);
                String identity = source + "|" + category.identity().stream().map(row::get).collect(Collectors.joining("|"));
                assertThat(identities.add(identity)).as(category.id() + " duplicate identity " + identity).isTrue();
            });
        }
    }

    @Test
    void abnormalOperationRemovalsPointAtEarlierEntriesOfTheSameSubject() {
        List<Map<String, String>> rows = GeneratedCity.rows(city, catalog.category("ABNORMAL_OPERATION"));
        Map<String, Map<String, String>> entries = rows.stream().filter(r -> "1".equals(r.get("action")))
                .collect(Collectors.toMap(r -> r.get("documentNumber"), r -> r));
        List<Map<String, String>> removals = rows.stream().filter(r -> "2".equals(r.get("action"))).toList();
        assertThat(removals).isNotEmpty();
        for (Map<String, String> removal : removals) {
            Map<String, String> entry = entries.get(removal.get("entryDocumentNumber"));
            assertThat(entry).isNotNull();
            assertThat(entry.get("unifiedSocialCreditCode")).isEqualTo(removal.get("unifiedSocialCreditCode"));
            assertThat(entry.get("decisionDate")).isLessThan(removal.get("decisionDate"));
        }
    }
}
