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
}
