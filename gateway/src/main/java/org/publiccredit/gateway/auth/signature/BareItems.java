package org.publiccredit.gateway.auth.signature;

import static org.publiccredit.gateway.auth.signature.FieldCursor.isAlpha;
import static org.publiccredit.gateway.auth.signature.FieldCursor.isDigit;
import static org.publiccredit.gateway.auth.signature.FieldCursor.isKeyChar;
import static org.publiccredit.gateway.auth.signature.FieldCursor.isLowerAlpha;
import static org.publiccredit.gateway.auth.signature.FieldCursor.isTokenChar;

import java.math.BigDecimal;
import java.util.Base64;
import org.publiccredit.gateway.auth.signature.StructuredFields.ByteSequence;
import org.publiccredit.gateway.auth.signature.StructuredFields.Token;

/** Reads RFC 8941 keys and bare items (sections 4.2.3.3 to 4.2.8). */
final class BareItems {

  private BareItems() {}

  static String key(FieldCursor in) {
    int start = in.position();
    char first = in.peek();
    if (!isLowerAlpha(first) && first != '*') {
      throw in.fail("a key starts with a lower-case letter or '*'");
    }
    in.skip();
    while (isKeyChar(in.peek())) {
      in.skip();
    }
    return in.text(start);
  }

  static Object bareItem(FieldCursor in) {
    char c = in.peek();
    if (c == '-' || isDigit(c)) {
      return number(in);
    }
    return switch (c) {
      case '"' -> string(in);
      case ':' -> byteSequence(in);
      case '?' -> bool(in);
      default -> {
        if (c == '*' || isAlpha(c)) {
          yield token(in);
        }
        throw in.fail("not a bare item");
      }
    };
  }

  private static Object number(FieldCursor in) {
    int start = in.position();
    boolean negative = in.peek() == '-';
    if (negative) {
      in.skip();
    }
    if (!isDigit(in.peek())) {
      throw in.fail("a number needs a digit");
    }
    int dot = -1;
    while (isDigit(in.peek()) || in.peek() == '.') {
      if (in.peek() == '.') {
        if (dot >= 0) {
          throw in.fail("a second '.' in a decimal");
        }
        dot = in.position();
      }
      in.skip();
    }
    String text = in.text(start);
    int sign = negative ? 1 : 0;
    if (dot < 0) {
      if (text.length() - sign > 15) {
        throw in.fail("an integer has at most 15 digits");
      }
      return Long.parseLong(text);
    }
    int integerDigits = dot - start - sign;
    int fractionDigits = in.position() - dot - 1;
    if (integerDigits > 12 || fractionDigits < 1 || fractionDigits > 3) {
      throw in.fail("a decimal has at most 12 integer and 1 to 3 fraction digits");
    }
    return new BigDecimal(text);
  }

  private static String string(FieldCursor in) {
    in.skip();
    StringBuilder out = new StringBuilder();
    while (!in.atEnd()) {
      char c = in.next();
      if (c == '\\') {
        if (in.peek() != '"' && in.peek() != '\\') {
          throw in.fail("only '\\\"' and '\\\\' are escapes in a string");
        }
        out.append(in.next());
      } else if (c == '"') {
        return out.toString();
      } else if (c < 0x20 || c > 0x7e) {
        throw in.fail("a string holds printable ASCII only");
      } else {
        out.append(c);
      }
    }
    throw in.fail("unterminated string");
  }

  private static Token token(FieldCursor in) {
    int start = in.position();
    in.skip();
    while (isTokenChar(in.peek())) {
      in.skip();
    }
    return new Token(in.text(start));
  }

  private static ByteSequence byteSequence(FieldCursor in) {
    in.skip();
    int start = in.position();
    while (!in.atEnd() && in.peek() != ':') {
      char c = in.peek();
      if (!isAlpha(c) && !isDigit(c) && c != '+' && c != '/' && c != '=') {
        throw in.fail("not a base64 character");
      }
      in.skip();
    }
    if (in.atEnd()) {
      throw in.fail("unterminated byte sequence");
    }
    String encoded = in.text(start);
    in.skip();
    try {
      // Java's decoder accepts missing '=' padding, which RFC 8941 asks parsers to tolerate.
      return new ByteSequence(Base64.getDecoder().decode(encoded));
    } catch (IllegalArgumentException e) {
      throw in.fail("invalid base64");
    }
  }

  private static Boolean bool(FieldCursor in) {
    in.skip();
    char c = in.peek();
    if (c != '0' && c != '1') {
      throw in.fail("a boolean is ?0 or ?1");
    }
    in.skip();
    return c == '1';
  }
}
