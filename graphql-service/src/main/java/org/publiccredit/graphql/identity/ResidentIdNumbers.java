package org.publiccredit.graphql.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** GB 11643-1999 check character and the birth date in positions 7..14. */
final class ResidentIdNumbers {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARACTERS = "10X98765432";
  /** No resident ID number was issued to anyone born before this; earlier dates are typos. */
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1850, 1, 1);

  private ResidentIdNumbers() {}

  /** 17 digits followed by a digit or X. */
  static boolean hasShape(String number) {
    for (int i = 0; i < 17; i++) {
      if (!isAsciiDigit(number.charAt(i))) {
        return false;
      }
    }
    char last = number.charAt(17);
    return isAsciiDigit(last) || last == 'X';
  }

  /** The check character for the first 17 digits. */
  static char checkCharacter(String number) {
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += (number.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS.charAt(sum % 11);
  }

  /** The birth date in positions 7..14, or null if it is not a real date between 1850 and today. */
  static @Nullable LocalDate birthDate(String number, LocalDate today) {
    try {
      LocalDate date = LocalDate.of(
          Integer.parseInt(number.substring(6, 10)),
          Integer.parseInt(number.substring(10, 12)),
          Integer.parseInt(number.substring(12, 14)));
      return date.isBefore(EARLIEST_BIRTH) || date.isAfter(today) ? null : date;
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
