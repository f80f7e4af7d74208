package org.publiccredit.graphql.report;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verification codes: HMAC-SHA256 over the report number and its canonical content, the first
 * 100 bits in Crockford base32 as five groups of four (e.g. {@code 7K3M-Q9TD-...}), short enough
 * to type from a printed report. Only the platform verifies, online and rate-limited, so a
 * shared-key MAC serves; a public-key signature would be 64 bytes, too long to type.
 */
final class VerificationCodes {

  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final int GROUPS = 5;
  private static final int GROUP_LENGTH = 4;

  private final SecretKeySpec key;

  VerificationCodes(byte[] key) {
    if (key.length < 32) {
      throw new IllegalArgumentException("The report verification key must hold at least 256 bits");
    }
    this.key = new SecretKeySpec(key, "HmacSHA256");
  }

  String code(String number, String content) {
    byte[] mac = mac(number + "\n" + content);
    StringBuilder code = new StringBuilder();
    int bits = 0;
    int buffer = 0;
    int index = 0;
    while (code.length() < GROUPS * (GROUP_LENGTH + 1) - 1) {
      if (code.length() % (GROUP_LENGTH + 1) == GROUP_LENGTH) {
        code.append('-');
        continue;
      }
      while (bits < 5) {
        buffer = (buffer << 8) | (mac[index++] & 0xff);
        bits += 8;
      }
      code.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
      bits -= 5;
    }
    return code.toString();
  }

  /** Whether {@code presented} is the code of this content; spaces, dashes and case do not matter. */
  boolean matches(String presented, String number, String content) {
    byte[] expected = normalise(code(number, content)).getBytes(StandardCharsets.US_ASCII);
    byte[] given = normalise(presented).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, given);
  }

  static String normalise(String code) {
    return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
  }

  private byte[] mac(String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
