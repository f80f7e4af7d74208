package org.publiccredit.graphql;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh unified social credit codes with a valid check character (GB 32100-2015), for test subjects. */
final class TestCodes {

  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  private TestCodes() {}

  /** A random company code of 示范市 (prefix 91370982). */
  static String uscc() {
    StringBuilder code = new StringBuilder("91370982MA");
    for (int i = 0; i < 7; i++) {
      code.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
    }
    return code.append(ALPHABET.charAt((31 - sum % 31) % 31)).toString();
  }

  private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

  /** A random resident ID number (GB 11643-1999) of someone born in 1980 in 示范市 (370982). */
  static String idNumber() {
    var random = ThreadLocalRandom.current();
    String first17 = "370982" + "1980" + String.format(java.util.Locale.ROOT, "%02d%02d%03d",
        1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(1000));
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
    }
    return first17 + "10X98765432".charAt(sum % 11);
  }
}
