package org.publiccredit.schema.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Applies a category's field definitions and rules to one row keyed by field key. This is the
 * reference reading of the catalog (the generator's tests use it); ingestion may reimplement it,
 * but from the same catalog files.
 */
public final class RecordChecker {

    private final Catalog catalog;
    private final LocalDate today;

    public RecordChecker(Catalog catalog, LocalDate today) {
        this.catalog = catalog;
        this.today = today;
    }

    public List<Violation> check(CategoryDefinition category, Map<String, String> row) {
        List<Violation> found = new ArrayList<>();
        for (String key : row.keySet()) {
            if (!category.hasField(key)) {
                found.add(new Violation(key, "unknownField", new Bilingual("未知字段", "unknown field"), false));
            }
        }
        for (FieldDefinition field : category.fields()) {
            String value = row.getOrDefault(field.key(), "");
            if (value.isEmpty()) {
                if (field.required()) {
                    found.add(violation(field, "required", "必填", "is required"));
                }
                continue;
            }
            checkValue(field, value, row, found);
        }
        new RuleEvaluator(category, today).apply(row, found);
        return found;
    }

    private void checkValue(FieldDefinition field, String value, Map<String, String> row, List<Violation> found) {
        if (field.maxLength() > 0 && value.codePointCount(0, value.length()) > field.maxLength()) {
            found.add(violation(field, "maxLength", "超过最大长度" + field.maxLength(),
                    "is longer than " + field.maxLength() + " characters"));
        }
        switch (field.type()) {
            case DATE -> {
                if (IsoDates.parse(value) == null) {
                    found.add(violation(field, "type", "不是有效日期（yyyy-MM-dd）", "is not a date (yyyy-MM-dd)"));
                }
            }
            case DECIMAL, INTEGER -> checkNumber(field, value, found);
            case ENUM -> checkEnumeration(field, value, found);
            case USCC, CODE18 -> {
                if (!CheckCharacters.isValidUscc(value)) {
                    found.add(violation(field, "checkCharacter", "统一社会信用代码校验位错误",
                            "is not a unified social credit code with a valid check character"));
                } else if (!CheckCharacters.hasValidOrganisationCode(value)) {
                    found.add(new Violation(field.key(), "organisationCode", new Bilingual(
                            field.label().zh() + "：内含组织机构代码校验位不符（仅提示）",
                            field.name() + ": embedded organisation code check fails (warning only)"), true));
                }
            }
            case ID_NUMBER -> {
                String idType = field.idTypeField() == null ? "01" : row.getOrDefault(field.idTypeField(), "01");
                if (("01".equals(idType) || idType.isEmpty()) && !CheckCharacters.isValidResidentId(value)) {
                    found.add(violation(field, "checkCharacter", "不是有效的居民身份证号码",
                            "is not a resident ID number with a valid birth date and check character"));
                }
            }
            default -> {
            }
        }
        Pattern pattern = field.pattern();
        if (pattern != null && !pattern.matcher(value).matches()) {
            found.add(violation(field, "pattern", "格式不符", "does not match " + pattern.pattern()));
        }
    }

    private void checkNumber(FieldDefinition field, String value, List<Violation> found) {
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException e) {
            found.add(violation(field, "type", "不是数字", "is not a number"));
            return;
        }
        if (field.type() == FieldType.INTEGER && number.stripTrailingZeros().scale() > 0) {
            found.add(violation(field, "type", "不是整数", "is not an integer"));
        }
        Integer scale = field.scale();
        if (scale != null && number.stripTrailingZeros().scale() > scale) {
            found.add(violation(field, "type", "小数位数超过" + scale, "has more than " + scale + " decimals"));
        }
        BigDecimal min = field.minimum();
        BigDecimal max = field.maximum();
        if ((min != null && number.compareTo(min) < 0) || (max != null && number.compareTo(max) > 0)) {
            found.add(violation(field, "range", "超出取值范围", "is out of range"));
        }
    }

    private void checkEnumeration(FieldDefinition field, String value, List<Violation> found) {
        Enumeration enumeration = catalog.enumeration(java.util.Objects.requireNonNull(field.enumeration()));
        String separator = field.separator();
        String[] parts = separator == null ? new String[] {value} : value.split(Pattern.quote(separator));
        for (String part : parts) {
            if (!enumeration.contains(part.strip())) {
                found.add(violation(field, "enumeration", "取值不在代码表" + enumeration.id() + "中",
                        "is not a code of " + enumeration.id()));
                return;
            }
        }
    }

    static Violation violation(FieldDefinition field, String rule, String zh, String en) {
        return new Violation(field.key(), rule,
                new Bilingual(field.label().zh() + "（" + field.key() + "）" + zh, field.name() + " " + en), false);
    }
}
