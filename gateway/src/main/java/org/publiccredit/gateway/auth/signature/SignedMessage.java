package org.publiccredit.gateway.auth.signature;

import java.net.URI;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The parts of an HTTP request a signature can cover.
 *
 * @param method the request method as received (RFC 9421 {@code @method} is case-sensitive)
 * @param targetUri the target URI as the gateway reconstructs it (scheme, host, path, query)
 * @param headers header field values by name; names are matched case-insensitively
 * @param body the bytes received; empty when the request had no body
 */
public record SignedMessage(
    String method, URI targetUri, Map<String, List<String>> headers, byte[] body) {

  public SignedMessage {
    // One copy, keys in lower case, lines of a repeated name joined in order (once per request,
    // so a plain loop rather than a stream collector).
    Map<String, List<String>> copy = HashMap.newHashMap(headers.size());
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      String name = header.getKey().toLowerCase(Locale.ROOT);
      List<String> values = List.copyOf(header.getValue());
      copy.merge(name, values, (a, b) -> Stream.concat(a.stream(), b.stream()).toList());
    }
    headers = Collections.unmodifiableMap(copy);
  }

  /**
   * A header's value per RFC 9421 section 2.1: each line trimmed, several lines joined with
   * ", "; null when the header is absent.
   */
  public @Nullable String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    if (values == null || values.isEmpty()) {
      return null;
    }
    if (values.size() == 1) {
      return values.getFirst().strip();
    }
    return values.stream().map(String::strip).collect(Collectors.joining(", "));
  }

  public boolean hasBody() {
    return body.length > 0;
  }
}
