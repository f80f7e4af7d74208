package org.publiccredit.localstack;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Check characters of the two identifiers a report request carries: the unified social credit code (GB 32100-2015)
 * and the resident ID number (GB 11643-1999). The stand-in rejects what the real service would reject.
 */
final class SubjectCodes {

    private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    private SubjectCodes() {
    }

    static boolean isValid(String subjectType, String code) {
        return switch (subjectType) {
            case "PERSON" -> isValidResidentId(code);
            case "ENTERPRISE" -> isValidUnifiedSocialCreditCode(code);
            default -> false;
        };
    }

    static boolean isValidUnifiedSocialCreditCode(String code) {
        if (code.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = USCC_ALPHABET.indexOf(code.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * USCC_WEIGHTS[i];
        }
        // (31 - 0) mod 31 = 0: a remainder of 0 gives '0', not an index past the alphabet.
        return code.charAt(17) == USCC_ALPHABET.charAt((31 - sum % 31) % 31);
    }

    static boolean isValidResidentId(String code) {
        if (code.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (c - '0') * ID_WEIGHTS[i];
        }
        return code.charAt(17) == ID_CHECK.charAt(sum % 11) && hasValidBirthDate(code);
    }

    /** Digits 7-14 are the birth date; the check character alone does not guarantee a real date. */
    private static boolean hasValidBirthDate(String code) {
        try {
            LocalDate born = LocalDate.parse(code.substring(6, 14), DateTimeFormatter.BASIC_ISO_DATE);
            return born.getYear() >= 1900 && !born.isAfter(LocalDate.now());
        } catch (DateTimeParseException notADate) {
            return false;
        }
    }

    /** The check character that completes a 17-character resident ID prefix (used to build fixed demo subjects). */
    static char residentIdCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK.charAt(sum % 11);
    }

    /** The check character that completes a 17-character unified social credit code prefix. */
    static char unifiedSocialCreditCodeCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += USCC_ALPHABET.indexOf(first17.charAt(i)) * USCC_WEIGHTS[i];
        }
        return USCC_ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
