package org.publiccredit.schema.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** Evaluates the cross-field rules of one category on one row. */
final class RuleEvaluator {

    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private final CategoryDefinition category;
    private final LocalDate today;

    RuleEvaluator(CategoryDefinition category, LocalDate today) {
        this.category = category;
        this.today = today;
    }

    void apply(Map<String, String> row, List<Violation> found) {
        for (CatalogRule rule : category.rules()) {
            switch (rule) {
                case CatalogRule.RequiredWhen r -> {
                    if (holds(r.when(), row)) {
                        r.fields().stream().filter(f -> value(row, f).isEmpty())
                                .forEach(f -> found.add(broken(f, "requiredWhen", rule)));
                    }
                }
                case CatalogRule.DateOrder r -> {
                    LocalDate earlier = IsoDates.parse(value(row, r.earlier()));
                    LocalDate later = IsoDates.parse(value(row, r.later()));
                    if (earlier != null && later != null && earlier.isAfter(later)) {
                        found.add(broken(r.later(), "dateOrder", rule));
                    }
                }
                case CatalogRule.NotFuture r -> {
                    LocalDate date = IsoDates.parse(value(row, r.field()));
                    if (date != null && date.isAfter(today)) {
                        found.add(broken(r.field(), "notFuture", rule));
                    }
                }
                case CatalogRule.RangeWhen r -> checkRange(r, row, found);
                case CatalogRule.MatchesIdNumber r -> checkIdPart(r, row, found);
                case CatalogRule.MatchesDate r -> {
                    String code = value(row, r.field());
                    LocalDate date = IsoDates.parse(value(row, r.dateField()));
                    if (date != null && code.length() >= r.start() + 8
                            && !code.substring(r.start(), r.start() + 8).equals(date.format(BASIC))) {
                        found.add(broken(r.field(), "matchesDate", rule));
                    }
                }
            }
        }
    }

    private void checkRange(CatalogRule.RangeWhen rule, Map<String, String> row, List<Violation> found) {
        String text = value(row, rule.field());
        if (text.isEmpty() || !holds(rule.when(), row)) {
            return;
        }
        try {
            BigDecimal number = new BigDecimal(text);
            BigDecimal min = rule.minimum();
            BigDecimal max = rule.exclusiveMaximum();
            if ((min != null && number.compareTo(min) < 0) || (max != null && number.compareTo(max) >= 0)) {
                found.add(broken(rule.field(), "rangeWhen", rule));
            }
        } catch (NumberFormatException e) {
            // the type check has reported it already
        }
    }

    private void checkIdPart(CatalogRule.MatchesIdNumber rule, Map<String, String> row, List<Violation> found) {
        String id = value(row, rule.idField());
        String actual = value(row, rule.field());
        if (!CheckCharacters.isValidResidentId(id) || actual.isEmpty()) {
            return;
        }
        String expected = switch (rule.part()) {
            case "birthDate" -> id.substring(6, 10) + "-" + id.substring(10, 12) + "-" + id.substring(12, 14);
            case "sex" -> (id.charAt(16) - '0') % 2 == 1 ? "1" : "2";
            default -> throw new IllegalStateException("unknown ID number part " + rule.part());
        };
        if (!expected.equals(actual)) {
            found.add(broken(rule.field(), "matchesIdNumber", rule));
        }
    }

    private boolean holds(Condition condition, Map<String, String> row) {
        return condition.holds(row, category.field(condition.field()).separator());
    }

    private static String value(Map<String, String> row, String key) {
        return row.getOrDefault(key, "");
    }

    private static Violation broken(String field, String kind, CatalogRule rule) {
        return new Violation(field, kind, rule.message(), false);
    }
}
