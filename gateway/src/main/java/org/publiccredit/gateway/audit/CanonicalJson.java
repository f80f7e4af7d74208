package org.publiccredit.gateway.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JSON Canonicalization Scheme (RFC 8785) for the only values an audit event holds: strings,
 * integers, null and lists of strings. Members sorted by their UTF-16 code units, no whitespace,
 * strings with JSON's minimal escaping (quote, backslash, the five short escapes for backspace,
 * form feed, newline, return and tab, other control characters as a lowercase six-character
 * unicode escape), integers in plain decimal. A standard form, so that anyone can recompute an
 * event's hash with any JCS library, not only with this class.
 */
final class CanonicalJson {

  private CanonicalJson() {}

  static String write(Map<String, ?> members) {
    StringBuilder out = new StringBuilder(512);
    List<String> names = new ArrayList<>(members.keySet());
    names.sort(null); // String.compareTo orders by UTF-16 code units, as RFC 8785 asks
    out.append('{');
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      string(out, names.get(i));
      out.append(':');
      value(out, members.get(names.get(i)));
    }
    return out.append('}').toString();
  }

  private static void value(StringBuilder out, Object value) {
    switch (value) {
      case null -> out.append("null");
      case String text -> string(out, text);
      case Integer number -> out.append(number.intValue());
      case Long number -> {
        // Beyond 2^53 an ES6 number (RFC 8785 §3.2.2.3) is no longer this integer.
        if (Math.abs(number) > (1L << 53)) {
          throw new IllegalArgumentException("integer beyond 2^53: " + number);
        }
        out.append(number.longValue());
      }
      case List<?> list -> {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          value(out, list.get(i));
        }
        out.append(']');
      }
      default -> throw new IllegalArgumentException("not canonicalised: " + value.getClass());
    }
  }

  private static void string(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
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
