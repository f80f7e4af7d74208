package org.publiccredit.localplatform.generate;

import java.util.List;
import org.publiccredit.schema.catalog.CategoryDefinition;
import org.publiccredit.schema.catalog.FieldDefinition;

/**
 * Writes rows as CSV (header = field keys, i.e. the national column codes; RFC 4180 quoting; LF line
 * ends) or JSON Lines (members = camelCase names; empty fields left out; numbers unquoted).
 */
final class RowEncoder {

    private final List<FieldDefinition> fields;
    private final boolean csv;

    RowEncoder(CategoryDefinition category) {
        this.fields = category.fields();
        this.csv = category.csv();
    }

    String header() {
        if (!csv) {
            return "";
        }
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            line.append(i == 0 ? "" : ",").append(fields.get(i).key());
        }
        return line.append('\n').toString();
    }

    void append(StringBuilder out, Row row) {
        String[] values = row.values();
        if (csv) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                csvValue(out, values[i]);
            }
        } else {
            out.append('{');
            boolean first = true;
            for (int i = 0; i < values.length; i++) {
                if (values[i].isEmpty()) {
                    continue;
                }
                out.append(first ? "\"" : ",\"").append(fields.get(i).name()).append("\":");
                first = false;
                if (fields.get(i).type().numeric()) {
                    out.append(values[i]);
                } else {
                    jsonString(out, values[i]);
                }
            }
            out.append('}');
        }
        out.append('\n');
    }

    private static void csvValue(StringBuilder out, String value) {
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            out.append(value);
            return;
        }
        out.append('"').append(value.replace("\"", "\"\"")).append('"');
    }

    private static void jsonString(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u%04x".formatted((int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
