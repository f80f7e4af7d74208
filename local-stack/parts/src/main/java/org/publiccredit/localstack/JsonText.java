package org.publiccredit.localstack;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes generated reports as JSON. Hand-written because WireMock's bundled mapper drops null members, while the
 * contract requires nullable members (e.g. a card's {@code fiveLevelClassification}) to be present.
 */
final class JsonText {

    private JsonText() {
    }

    static String write(@Nullable Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, @Nullable Object value) {
        switch (value) {
            case null -> out.append("null");
            case String text -> quote(out, text);
            case BigDecimal decimal -> out.append(decimal.toPlainString());
            case Number number -> out.append(number);
            case Boolean flag -> out.append(flag);
            case Map<?, ?> object -> {
                out.append('{');
                Iterator<? extends Map.Entry<?, ?>> members = object.entrySet().iterator();
                while (members.hasNext()) {
                    Map.Entry<?, ?> member = members.next();
                    quote(out, (String) member.getKey());
                    out.append(':');
                    append(out, member.getValue());
                    out.append(members.hasNext() ? "," : "");
                }
                out.append('}');
            }
            case List<?> array -> {
                out.append('[');
                for (int i = 0; i < array.size(); i++) {
                    out.append(i > 0 ? "," : "");
                    append(out, array.get(i));
                }
                out.append(']');
            }
            default -> throw new IllegalArgumentException("not a JSON value: " + value.getClass());
        }
    }

    private static void quote(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
