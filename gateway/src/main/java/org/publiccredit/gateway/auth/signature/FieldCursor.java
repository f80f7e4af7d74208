package org.publiccredit.gateway.auth.signature;

import org.publiccredit.gateway.auth.signature.StructuredFields.StructuredFieldException;

/** A read position in a structured field, with the character classes of RFC 8941. */
final class FieldCursor {

  private final String input;
  private int pos;

  FieldCursor(String input) {
    this.input = input;
  }

  boolean atEnd() {
    return pos >= input.length();
  }

  /** The next character, or NUL at the end (NUL is valid nowhere in a structured field). */
  char peek() {
    return atEnd() ? '\0' : input.charAt(pos);
  }

  char next() {
    if (atEnd()) {
      throw fail("unexpected end");
    }
    return input.charAt(pos++);
  }

  void skip() {
    pos++;
  }

  int position() {
    return pos;
  }

  String text(int from) {
    return input.substring(from, pos);
  }

  void skipSpaces() {
    while (peek() == ' ') {
      pos++;
    }
  }

  /** OWS: spaces and tabs, allowed around the commas of lists and dictionaries. */
  void skipOptionalWhitespace() {
    while (peek() == ' ' || peek() == '\t') {
      pos++;
    }
  }

  void expectEnd() {
    skipSpaces();
    if (!atEnd()) {
      throw fail("unexpected trailing characters");
    }
  }

  StructuredFieldException fail(String message) {
    return new StructuredFieldException(message, pos);
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isLowerAlpha(char c) {
    return c >= 'a' && c <= 'z';
  }

  static boolean isAlpha(char c) {
    return isLowerAlpha(c) || (c >= 'A' && c <= 'Z');
  }

  static boolean isKeyChar(char c) {
    return isLowerAlpha(c) || isDigit(c) || c == '_' || c == '-' || c == '.' || c == '*';
  }

  /** RFC 9110 tchar plus ':' and '/', as RFC 8941 allows in tokens. */
  static boolean isTokenChar(char c) {
    return isAlpha(c) || isDigit(c) || "!#$%&'*+-.^_`|~:/".indexOf(c) >= 0;
  }
}
