package org.publiccredit.localplatform.generate;

import java.time.LocalDate;

/**
 * Check-character algorithms written again from domain.md, independently of the production code,
 * so a shared mistake cannot pass unnoticed.
 */
final class IndependentChecks {

    private static final String CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private IndependentChecks() {
    }

    /** GB 32100-2015: weights 3^(i) mod 31, check = alphabet[(31 - sum mod 31) mod 31]. */
    static boolean validUscc(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        int weight = 1;
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CODE_CHARS.indexOf(code.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * weight;
            weight = weight * 3 % 31;
        }
        int expected = 31 - sum % 31;
        if (expected == 31) {
            expected = 0;
        }
        return code.charAt(17) == CODE_CHARS.charAt(expected);
    }

    /** GB 11714 over positions 9..17 of a unified social credit code. */
    static boolean validEmbeddedOrganisationCode(String code) {
        int[] weights = {3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = code.charAt(8 + i);
            int value = c >= '0' && c <= '9' ? c - '0' : c - 'A' + 10;
            sum += value * weights[i];
        }
        int check = 11 - sum % 11;
        char expected = check == 10 ? 'X' : check == 11 ? '0' : Character.forDigit(check, 10);
        return code.charAt(16) == expected;
    }

    /** GB 11643-1999: weights 2^(17-i) mod 11; sum mod 11 indexes "10X98765432"; a real birth date. */
    static boolean validResidentId(String id) {
        if (id == null || !id.matches("[0-9]{17}[0-9X]")) {
            return false;
        }
        try {
            LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
        } catch (RuntimeException e) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int weight = (1 << (17 - i)) % 11;
            sum += (id.charAt(i) - '0') * weight;
        }
        return id.charAt(17) == "10X98765432".charAt(sum % 11);
    }
}
