package org.publiccredit.graphql.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.publiccredit.graphql.pii.IdNumberProtector;
import org.publiccredit.schema.catalog.CheckCharacters;

/**
 * Masks resident ID numbers written into free text (a remark such as "当事人身份证号…"). The
 * catalog's personal fields are protected as such; this catches the number in the wrong column.
 * Only 18-character runs that validate as an ID number (check character and birth date) are
 * masked, so codes of organisations and other long numbers stay readable.
 */
final class IdNumbersInText {

  private static final Pattern SHAPE = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])");

  private IdNumbersInText() {}

  static String mask(String text) {
    // Nearly every value has no run of 17 digits: that is decided without a matcher.
    if (!hasDigits(text, 17)) {
      return text;
    }
    Matcher matcher = SHAPE.matcher(text);
    if (!matcher.find()) {
      return text;
    }
    StringBuilder masked = new StringBuilder();
    do {
      String candidate = matcher.group().toUpperCase(Locale.ROOT);
      matcher.appendReplacement(masked, Matcher.quoteReplacement(
          CheckCharacters.isValidResidentId(candidate) ? IdNumberProtector.mask(candidate) : matcher.group()));
    } while (matcher.find());
    matcher.appendTail(masked);
    return masked.toString();
  }

  /** Whether {@code text} has {@code run} ASCII digits in a row (what {@code \\d{17}} needs). */
  static boolean hasDigits(String text, int run) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      digits = c >= '0' && c <= '9' ? digits + 1 : 0;
      if (digits >= run) {
        return true;
      }
    }
    return false;
  }
}
