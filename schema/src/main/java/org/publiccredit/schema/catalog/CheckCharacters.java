package org.publiccredit.schema.catalog;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Check characters of the unified social credit code (GB 32100-2015), its embedded organisation
 * code (GB 11714-1997) and the resident ID number (GB 11643-1999).
 */
public final class CheckCharacters {

    /** GB 32100-2015 code alphabet: values 0..30, without I, O, S, V, Z. */
    public static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    private CheckCharacters() {
    }

    /** The 18th character for 17 valid code characters; remainder 0 gives '0', not index 31. */
    public static char usccCheck(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = USCC_ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a code character at position " + (i + 1));
            }
            sum += value * USCC_WEIGHTS[i];
        }
        return USCC_ALPHABET.charAt((31 - sum % 31) % 31);
    }

    public static boolean isValidUscc(String code) {
        if (code.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            if (USCC_ALPHABET.indexOf(code.charAt(i)) < 0) {
                return false;
            }
        }
        return usccCheck(code) == code.charAt(17);
    }

    /** GB 11714 check over the 8-character body: C = 11 - (sum mod 11); 10 -> X, 11 -> 0. */
    public static char organisationCodeCheck(CharSequence body8) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = body8.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += value * ORG_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    /** Whether positions 9..17 of a unified social credit code carry a valid organisation code. */
    public static boolean hasValidOrganisationCode(String uscc) {
        return uscc.length() == 18 && organisationCodeCheck(uscc.substring(8, 16)) == uscc.charAt(16);
    }

    public static char residentIdCheck(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a digit at position " + (i + 1));
            }
            sum += (c - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK.charAt(sum % 11);
    }

    /** 17 digits, a real birth date in positions 7..14, and the right check character. */
    public static boolean isValidResidentId(String id) {
        if (id.length() != 18 || !id.substring(0, 17).chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        if (birthDate(id) == null) {
            return false;
        }
        return residentIdCheck(id) == id.charAt(17);
    }

    static @org.jspecify.annotations.Nullable LocalDate birthDate(String id) {
        try {
            return LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
