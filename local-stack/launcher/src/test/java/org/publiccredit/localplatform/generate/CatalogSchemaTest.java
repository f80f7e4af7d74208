package org.publiccredit.localplatform.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.publiccredit.schema.catalog.Catalog;
import org.publiccredit.schema.catalog.CatalogRule;
import org.publiccredit.schema.catalog.CategoryDefinition;
import org.publiccredit.schema.catalog.Department;
import org.publiccredit.schema.catalog.FieldDefinition;
import org.publiccredit.schema.catalog.FieldType;

/** The catalog files are valid against catalog.schema.json and consistent with each other. */
class CatalogSchemaTest {

    private final Path directory = GeneratedCity.root().resolve(Catalog.LOCATION);
    private final Catalog catalog = GeneratedCity.catalog();

    @Test
    void everyFileValidatesAgainstTheJsonSchema() throws IOException {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(directory.resolve("catalog.schema.json")), InputFormat.JSON);
        List<Path> files = Catalog.files(directory);
        assertThat(files).hasSize(15);
        for (Path file : files) {
            List<Error> errors = schema.validate(Files.readString(file), InputFormat.JSON);
            assertThat(errors).as(file.getFileName().toString()).isEmpty();
        }
    }

    @Test
    void theSchemaRejectsABrokenCategory() throws IOException {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(directory.resolve("catalog.schema.json")), InputFormat.JSON);
        String licence = Files.readString(directory.resolve("administrative-license.json"));
        assertThat(schema.validate(licence.replace("\"type\": \"uscc\"", "\"type\": \"uuid\""), InputFormat.JSON)).isNotEmpty();
        assertThat(schema.validate(licence.replace("\"ADMINISTRATIVE_LICENSE\"", "\"LICENCES\""), InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void categoriesAreCompleteAndReferencesResolve() {
        assertThat(catalog.categories()).extracting(CategoryDefinition::id).containsExactlyElementsOf(Catalog.CATEGORY_IDS);
        for (CategoryDefinition category : catalog.categories()) {
            Set<String> keys = new HashSet<>();
            Set<String> names = new HashSet<>();
            for (FieldDefinition field : category.fields()) {
                assertThat(keys.add(field.key())).as(category.id() + " key " + field.key()).isTrue();
                assertThat(names.add(field.name())).as(category.id() + " name " + field.name()).isTrue();
                if (field.type() == FieldType.ENUM) {
                    assertThat(catalog.enumerations()).as(category.id() + "." + field.key()).containsKey(field.enumeration());
                }
            }
            for (FieldDefinition field : category.fields()) {
                if (field.type() == FieldType.ID_NUMBER) {
                    assertThat(field.personalInformation()).isTrue();
                    assertThat(keys).as("ID type of " + field.key()).contains(field.idTypeField());
                    assertThat(category.field(field.idTypeField()).enumeration()).isEqualTo("ID_TYPE");
                }
            }
            assertThat(keys).containsAll(category.identity()).containsAll(category.subject().values())
                    .containsAll(category.record().values());
            for (CatalogRule rule : category.rules()) {
                assertThat(keys).as(category.id() + " " + rule).containsAll(ruleFields(rule));
            }
            assertThat(catalog.departmentsReporting(category.id())).as("departments reporting " + category.id()).isNotEmpty();
            if (category.doublePublicity()) {
                assertThat(category.csv()).isTrue();
                assertThat(category.fields()).allSatisfy(f -> assertThat(f.code()).isNotNull());
            }
        }
    }

    @Test
    void departmentCodesCarryValidCheckCharactersAndAreUnique() {
        Set<String> codes = new HashSet<>();
        for (Department department : catalog.departments()) {
            assertThat(IndependentChecks.validUscc(department.code())).as(department.name().zh()).isTrue();
            assertThat(codes.add(department.code())).isTrue();
            assertThat(Catalog.CATEGORY_IDS).containsAll(department.categories());
        }
        assertThat(catalog.departments()).hasSizeGreaterThanOrEqualTo(45);
    }

    private static List<String> ruleFields(CatalogRule rule) {
        return switch (rule) {
            case CatalogRule.RequiredWhen r -> concat(r.fields(), r.when().field());
            case CatalogRule.DateOrder r -> List.of(r.earlier(), r.later());
            case CatalogRule.NotFuture r -> List.of(r.field());
            case CatalogRule.RangeWhen r -> List.of(r.field(), r.when().field());
            case CatalogRule.MatchesIdNumber r -> List.of(r.field(), r.idField());
            case CatalogRule.MatchesDate r -> List.of(r.field(), r.dateField());
        };
    }

    private static List<String> concat(List<String> list, String one) {
        List<String> all = new java.util.ArrayList<>(list);
        all.add(one);
        return all;
    }
}
