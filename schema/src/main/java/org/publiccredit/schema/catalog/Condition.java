package org.publiccredit.schema.catalog;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The "when" of a conditional rule: the field holds one of {@code in} (any of its values for a
 * multi-valued field), or, with {@code present}, is simply non-empty.
 */
public record Condition(String field, List<String> in, boolean present) {

    boolean holds(Map<String, String> row, @Nullable String separator) {
        String value = row.getOrDefault(field, "");
        if (value.isEmpty()) {
            return false;
        }
        if (present) {
            return true;
        }
        if (separator == null) {
            return in.contains(value);
        }
        Set<String> wanted = Set.copyOf(in);
        for (String part : value.split(java.util.regex.Pattern.quote(separator))) {
            if (wanted.contains(part.strip())) {
                return true;
            }
        }
        return false;
    }
}
