package org.publiccredit.graphql.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Position after a subject in a search's order (score descending, subject id ascending), opaque to clients. */
public record SubjectCursor(double score, String subjectId) {

  private static final String VERSION = "s1";

  public String encode() {
    String plain = VERSION + ':' + score + ':' + subjectId;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor, or empty when the text was not produced by {@link #encode()}. */
  public static Optional<SubjectCursor> decode(String cursor) {
    try {
      String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      String[] parts = plain.split(":", 3);
      if (parts.length != 3 || !parts[0].equals(VERSION) || parts[2].isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new SubjectCursor(Double.parseDouble(parts[1]), parts[2]));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
