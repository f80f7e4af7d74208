package org.publiccredit.gateway.auth.signature;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The RFC 8941 structured-field values the signature headers are made of. Bare item values are
 * {@link Long} (integer), {@link java.math.BigDecimal} (decimal), {@link String}, {@link Token},
 * {@link ByteSequence} or {@link Boolean}.
 */
final class StructuredFields {

  private StructuredFields() {}

  /** A dictionary or list member: an item or an inner list, each with parameters. */
  sealed interface Member permits Item, InnerList {
    Map<String, Object> parameters();
  }

  record Item(Object value, Map<String, Object> parameters) implements Member {
    Item {
      parameters = Map.copyOf(parameters);
    }
  }

  record InnerList(List<Item> items, Map<String, Object> parameters) implements Member {
    InnerList {
      items = List.copyOf(items);
      parameters = Map.copyOf(parameters);
    }
  }

  /** A dictionary member with the exact text it was parsed from (RFC 9421 signs that text). */
  record Entry(Member member, String raw) {}

  record Token(String value) {}

  record ByteSequence(byte[] bytes) {

    @Override
    public boolean equals(Object other) {
      return other instanceof ByteSequence that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
      return ":" + Base64.getEncoder().encodeToString(bytes) + ":";
    }
  }

  /** The input is not a valid structured field; RFC 8941 says to ignore the whole field then. */
  static final class StructuredFieldException extends IllegalArgumentException {

    StructuredFieldException(String message, int position) {
      super(message + " at position " + position);
    }
  }
}
