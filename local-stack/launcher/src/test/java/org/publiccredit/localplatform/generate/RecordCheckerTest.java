package org.publiccredit.localplatform.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.publiccredit.schema.catalog.Catalog;
import org.publiccredit.schema.catalog.CategoryDefinition;
import org.publiccredit.schema.catalog.RecordChecker;
import org.publiccredit.schema.catalog.Violation;

/** The rule checker catches one failing row per rule kind, starting from the demo rows that pass. */
class RecordCheckerTest {

    private final Catalog catalog = GeneratedCity.catalog();
    private final RecordChecker checker = new RecordChecker(catalog, LocalDate.of(2026, 11, 25));

    @Test
    void demoRowsPass() {
        for (String id : List.of("ADMINISTRATIVE_PENALTY", "TAX_RATING", "CREDIT_COMMITMENT", "NATURAL_PERSON")) {
            assertThat(checker.check(catalog.category(id), demo(id))).as(id).isEmpty();
        }
    }

    @Test
    void eachRuleCatchesAFailingRow() {
        assertBroken("ADMINISTRATIVE_PENALTY", r -> r.remove("WSH"), "WSH", "required");
        assertBroken("ADMINISTRATIVE_PENALTY", r -> r.put("XDR_MC", "名".repeat(201)), "XDR_MC", "maxLength");
        assertBroken("ADMINISTRATIVE_PENALTY", r -> r.put("XDR_LB", "公司"), "XDR_LB", "enumeration");
        assertBroken("ADMINISTRATIVE_PENALTY", r -> r.put("CFLB", "罚款;打板子"), "CFLB", "enumeration");
        assertBroken("ADMINISTRATIVE_PENALTY", r -> r.put("XDR_SHXYM", "91370982MA3C4A1Q18"), "XDR_SHXYM", "checkCharacter");
        assertBroken("ADMINISTRATIVE_PENALTY", r -> r.put("FR_ZJHM", "370982196807150031"), "FR_ZJHM", "checkCharacter");
        assertBroken("ADMINISTRATIVE_PENALTY", r -> r.put("JDRQ", "2024-02-30"), "JDRQ", "type");
        assertBroken("ADMINISTRATIVE_PENALTY", r -> r.put("NR_FK", "abc"), "NR_FK", "type");
        assertBroken("ADMINISTRATIVE_PENALTY", r -> r.put("NR_FK", "-1"), "NR_FK", "range");
        assertBroken("ADMINISTRATIVE_PENALTY", r -> r.put("JDRQ", "2027-01-01"), "JDRQ", "notFuture");
        assertBroken("ADMINISTRATIVE_PENALTY", r -> r.put("YXQ", "2024-06-19"), "YXQ", "dateOrder");
        assertBroken("ADMINISTRATIVE_PENALTY", r -> r.remove("NR_FK"), "NR_FK", "requiredWhen");
        assertBroken("ADMINISTRATIVE_PENALTY", r -> r.remove("FR_ZJHM"), "FR_ZJHM", "requiredWhen");
        assertBroken("ADMINISTRATIVE_PENALTY", r -> r.put("UNKNOWN", "x"), "UNKNOWN", "unknownField");
        assertBroken("TAX_RATING", r -> r.put("score", "89.5"), "score", "rangeWhen");
        assertBroken("TAX_RATING", r -> r.remove("score"), "score", "requiredWhen");
        assertBroken("TAX_RATING", r -> r.put("year", "2024.5"), "year", "type");
        assertBroken("CREDIT_COMMITMENT", r -> r.put("fulfilment", "2"), "unfulfilledContent", "requiredWhen");
        assertBroken("CREDIT_COMMITMENT", r -> r.put("commitmentCode", "37098220240302000123"), "commitmentCode", "matchesDate");
        assertBroken("CREDIT_COMMITMENT", r -> r.put("commitmentCode", "3709822024030100012X"), "commitmentCode", "pattern");
        assertBroken("NATURAL_PERSON", r -> r.put("birthDate", "1985-03-13"), "birthDate", "matchesIdNumber");
        assertBroken("NATURAL_PERSON", r -> r.put("sex", "2"), "sex", "matchesIdNumber");
    }

    @Test
    void failingEmbeddedOrganisationCodeIsOnlyAWarning() {
        // 17 characters whose organisation-code check is wrong, completed with a correct USCC check
        String first17 = "91370982MA3C4A1Q2";
        String code = first17 + org.publiccredit.schema.catalog.CheckCharacters.usccCheck(first17);
        Map<String, String> row = demo("ADMINISTRATIVE_PENALTY");
        row.put("XDR_SHXYM", code);
        List<Violation> violations = checker.check(catalog.category("ADMINISTRATIVE_PENALTY"), row);
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.warning()).isTrue();
            assertThat(v.rule()).isEqualTo("organisationCode");
        });
    }

    @Test
    void idNumbersOfOtherDocumentTypesAreNotCheckedAsResidentIds() {
        Map<String, String> row = demo("CREDIT_COMMITMENT");
        row.put("idType", "02");
        row.put("idNumber", "E12345678");
        row.put("subjectCategory", "自然人");
        assertThat(checker.check(catalog.category("CREDIT_COMMITMENT"), row)).isEmpty();
    }

    private void assertBroken(String categoryId, Consumer<Map<String, String>> change, String field, String rule) {
        Map<String, String> row = demo(categoryId);
        change.accept(row);
        assertThat(checker.check(catalog.category(categoryId), row))
                .as(categoryId + " " + field + " " + rule)
                .anySatisfy(v -> {
                    assertThat(v.field()).isEqualTo(field);
                    assertThat(v.rule()).isEqualTo(rule);
                    assertThat(v.warning()).isFalse();
                    assertThat(v.message().zh()).isNotBlank();
                    assertThat(v.message().en()).isNotBlank();
                });
    }

    private Map<String, String> demo(String categoryId) {
        CategoryDefinition category = catalog.category(categoryId);
        String key = categoryId.equals("NATURAL_PERSON") ? "idNumber" : null;
        for (Map<String, String> row : GeneratedCity.rows(GeneratedCity.scaleOnePercent(), category)) {
            boolean demo = key != null ? DemoRows.PERSON_ID.equals(row.get(key))
                    : DemoRows.COMPANY_CODE.equals(row.get(category.subject().get("unifiedSocialCreditCode")));
            if (demo) {
                return new LinkedHashMap<>(row);
            }
        }
        throw new AssertionError("no demo row in " + categoryId);
    }
}
