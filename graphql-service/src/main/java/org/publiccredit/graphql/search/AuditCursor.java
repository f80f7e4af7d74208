package org.publiccredit.graphql.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Position after an audit event in the order (time descending, chain, sequence descending): the
 * search_after values, encoded so that clients treat them as opaque.
 */
public record AuditCursor(long timeMillis, String chain, long sequence) {

  private static final String VERSION = "a1";

  /** URL-safe base64 without padding. */
  public String encode() {
    String plain = VERSION + ':' + timeMillis + ':' + sequence + ':' + chain;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor, or empty when the text was not produced by {@link #encode()}. */
  public static Optional<AuditCursor> decode(String cursor) {
    try {
      String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      String[] parts = plain.split(":", 4);
      if (parts.length != 4 || !parts[0].equals(VERSION) || parts[3].isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new AuditCursor(Long.parseLong(parts[1]), parts[3], Long.parseLong(parts[2])));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
