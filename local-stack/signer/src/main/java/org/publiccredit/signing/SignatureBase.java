package org.publiccredit.signing;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The signature base of RFC 9421 §2.5: one line per covered component, then the
 * {@code "@signature-params"} line. Only what a request signer needs: the derived components
 * {@code @method}, {@code @target-uri}, {@code @authority}, {@code @path}, {@code @query}, and
 * plain header fields.
 */
final class SignatureBase {

    private SignatureBase() {
    }

    /** The serialized inner list and parameters, e.g. {@code ("@method");created=1;keyid="k"}. */
    static String signatureParams(List<String> components, Map<String, Object> parameters) {
        StringBuilder out = new StringBuilder("(");
        for (int i = 0; i < components.size(); i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append('"').append(components.get(i)).append('"');
        }
        out.append(')');
        parameters.forEach((name, value) -> {
            out.append(';').append(name).append('=');
            if (value instanceof Number number) {
                out.append(number.longValue());
            } else {
                out.append('"').append(value).append('"');
            }
        });
        return out.toString();
    }

    static String build(String method, URI target, Map<String, String> headers,
                        List<String> components, String signatureParams) {
        Map<String, String> fields = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        fields.putAll(headers);
        StringBuilder base = new StringBuilder();
        for (String component : components) {
            base.append('"').append(component).append("\": ")
                    .append(value(component, method, target, fields)).append('\n');
        }
        return base.append("\"@signature-params\": ").append(signatureParams).toString();
    }

    private static String value(String component, String method, URI target, Map<String, String> fields) {
        return switch (component) {
            case "@method" -> method.toUpperCase(Locale.ROOT);
            case "@target-uri" -> target.toString();
            case "@authority" -> authority(target);
            case "@path" -> target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
            case "@query" -> "?" + (target.getRawQuery() == null ? "" : target.getRawQuery());
            default -> {
                if (component.startsWith("@")) {
                    throw new IllegalArgumentException("unsupported derived component " + component);
                }
                String field = fields.get(component);
                if (field == null) {
                    throw new IllegalArgumentException("covered header field is missing: " + component);
                }
                yield field.strip();
            }
        };
    }

    private static String authority(URI target) {
        String host = target.getHost().toLowerCase(Locale.ROOT);
        int port = target.getPort();
        boolean defaultPort = port == -1
                || ("http".equals(target.getScheme()) && port == 80)
                || ("https".equals(target.getScheme()) && port == 443);
        return defaultPort ? host : host + ":" + port;
    }
}
