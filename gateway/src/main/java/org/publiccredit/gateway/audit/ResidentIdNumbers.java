package org.publiccredit.gateway.audit;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Recognises a resident ID number (GB 11643: 17 digits, a birth date at 7-14, an ISO 7064
 * MOD 11-2 check character; or the old 15-digit form) so the audit never stores one. The same
 * reading as the GraphQL service's (decision 6): an 18-character code that validates as an ID
 * number is a person's, and the service then reports its keyed hash instead.
 */
final class ResidentIdNumbers {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";

  private ResidentIdNumbers() {}

  static boolean looksLikeOne(String value) {
    if (value.length() == 15) {
      return value.chars().allMatch(Character::isDigit);
    }
    if (value.length() != 18) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      sum += (c - '0') * WEIGHTS[i];
    }
    char check = Character.toUpperCase(value.charAt(17));
    return check == CHECK.charAt(sum % 11) && validBirthDate(value.substring(6, 14));
  }

  private static boolean validBirthDate(String digits) {
    try {
      LocalDate.of(Integer.parseInt(digits.substring(0, 4)),
          Integer.parseInt(digits.substring(4, 6)), Integer.parseInt(digits.substring(6, 8)));
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }
}
