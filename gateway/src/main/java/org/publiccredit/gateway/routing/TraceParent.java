package org.publiccredit.gateway.routing;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * W3C Trace Context ({@code traceparent}, https://www.w3.org/TR/trace-context/#traceparent-header)
 * for the request the gateway forwards: the caller's trace continued with a new parent id of the
 * gateway's own, or a new trace when the caller sent none (or an invalid one). Hand-written
 * instead of Micrometer Tracing's observations because the gateway exports no spans, and the
 * observations cost about 7% of its CPU per call (docs/decisions.md).
 */
final class TraceParent {

  static final String HEADER = "traceparent";
  private static final HexFormat HEX = HexFormat.of();
  private static final String ZERO_TRACE = "0".repeat(32);
  private static final String ZERO_PARENT = "0".repeat(16);
  private static final String HEX_DIGITS = "0123456789abcdef";

  private TraceParent() {}

  /**
   * The {@code traceparent} to forward.
   *
   * @param incoming the caller's header, if any
   * @param sampling the share of new traces marked sampled (the caller's decision is kept)
   */
  static String next(@Nullable String incoming, double sampling) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    String parentId = HEX.toHexDigits(nonZero(random));
    if (isValid(incoming)) {
      // Version 00's layout; a later version's extra fields are not ours to forward.
      return "00-" + incoming.substring(3, 35) + "-" + parentId + "-" + incoming.substring(53, 55);
    }
    String traceId = HEX.toHexDigits(nonZero(random)) + HEX.toHexDigits(random.nextLong());
    return "00-" + traceId + "-" + parentId + (random.nextDouble() < sampling ? "-01" : "-00");
  }

  /** version-traceid-parentid-flags in lower-case hex; neither id all zeros; version not ff. */
  static boolean isValid(@Nullable String value) {
    if (value == null || value.length() < 55 || (value.length() > 55 && value.charAt(55) != '-')
        || value.charAt(2) != '-' || value.charAt(35) != '-' || value.charAt(52) != '-') {
      return false;
    }
    String version = value.substring(0, 2);
    if ("ff".equals(version) || (version.equals("00") && value.length() != 55)) {
      return false;
    }
    for (int i = 0; i < 55; i++) {
      if (i != 2 && i != 35 && i != 52 && HEX_DIGITS.indexOf(value.charAt(i)) < 0) {
        return false;
      }
    }
    return !value.startsWith(ZERO_TRACE, 3) && !value.startsWith(ZERO_PARENT, 36);
  }

  private static long nonZero(ThreadLocalRandom random) {
    long value;
    do {
      value = random.nextLong();
    } while (value == 0);
    return value;
  }
}
