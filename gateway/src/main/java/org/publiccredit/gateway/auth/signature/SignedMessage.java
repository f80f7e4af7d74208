package org.publiccredit.gateway.auth.signature;

import java.net.URI;
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
    headers = headers.entrySet().stream()
        .collect(Collectors.toUnmodifiableMap(
            e -> e.getKey().toLowerCase(Locale.ROOT),
            e -> List.copyOf(e.getValue()),
            (a, b) -> Stream.concat(a.stream(), b.stream()).toList()));
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
    return values.stream().map(String::strip).collect(Collectors.joining(", "));
  }

  public boolean hasBody() {
    return body.length > 0;
  }
}
