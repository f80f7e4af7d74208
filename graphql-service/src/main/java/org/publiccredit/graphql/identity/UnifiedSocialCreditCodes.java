package org.publiccredit.graphql.identity;

/** GB 32100-2015 check character and the embedded GB 11714 organisation-code check. */
final class UnifiedSocialCreditCodes {

  /** The code alphabet; a character's value is its index (0..30). I, O, S, V and Z are not used. */
  static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  private UnifiedSocialCreditCodes() {}

  /** True when every character is in the code alphabet. */
  static boolean usesAlphabet(String code) {
    for (int i = 0; i < code.length(); i++) {
      if (ALPHABET.indexOf(code.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** The check character for the first 17 characters (which must use the alphabet). */
  static char checkCharacter(String code) {
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
    }
    // The outer mod makes a remainder of 0 give '0' rather than index 31, which does not exist.
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }

  /** Whether positions 9..17 pass the GB 11714 organisation-code check. */
  static boolean organisationCodeValid(String code) {
    int sum = 0;
    for (int i = 0; i < ORGANISATION_WEIGHTS.length; i++) {
      int value = Character.digit(code.charAt(8 + i), 36);
      if (value < 0) {
        return false;
      }
      sum += value * ORGANISATION_WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    char expected = check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    return code.charAt(16) == expected;
  }
}
