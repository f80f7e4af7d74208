package org.publiccredit.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SubjectCodesTest {

    @ParameterizedTest
    @ValueSource(strings = {"91370982MA3C4A1Q19", "91370982MA3CGP5N9H", "91370982MA3E7Y2RXK", "93370982MA3CR6L436", "123709824931285703"})
    void acceptsValidUnifiedSocialCreditCodes(String code) {
        assertThat(SubjectCodes.isValid("ENTERPRISE", code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"91370982MA3C4A1Q18", "91370982MA3C4A1Q1", "91370982MA3C4A1QI9", "91370982ma3c4a1q19", ""})
    void refusesWrongCheckCharacterLengthOrAlphabet(String code) {
        assertThat(SubjectCodes.isValid("ENTERPRISE", code)).isFalse();
    }

    @Test
    void remainderZeroGivesCheckCharacterZero() {
        // Found by search: a prefix whose weighted sum is a multiple of 31 must end in '0', not fail.
        String prefix = findUsccPrefixWithRemainderZero();
        assertThat(SubjectCodes.unifiedSocialCreditCodeCheck(prefix)).isEqualTo('0');
        assertThat(SubjectCodes.isValidUnifiedSocialCreditCode(prefix + "0")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"370982198503120017", "11010519491231002X", "370982199011070038", "370982197208155626"})
    void acceptsValidResidentIds(String code) {
        assertThat(SubjectCodes.isValid("PERSON", code)).isTrue();
    }

    @Test
    void refusesResidentIdsWithWrongCheckOrImpossibleBirthDate() {
        assertThat(SubjectCodes.isValidResidentId("370982198503120018")).isFalse();
        assertThat(SubjectCodes.isValidResidentId("11010519491231002x")).isFalse();
        String february30 = "37098219850230001";
        assertThat(SubjectCodes.isValidResidentId(february30 + SubjectCodes.residentIdCheck(february30))).isFalse();
    }

    @Test
    void typeDecidesTheRule() {
        assertThat(SubjectCodes.isValid("ENTERPRISE", "370982198503120017")).isFalse();
        assertThat(SubjectCodes.isValid("COMPANY", "91370982MA3C4A1Q19")).isFalse();
    }

    private static String findUsccPrefixWithRemainderZero() {
        for (int i = 0; i < 100_000; i++) {
            String prefix = "9137098200" + String.format("%07d", i);
            if (SubjectCodes.unifiedSocialCreditCodeCheck(prefix) == '0') {
                return prefix;
            }
        }
        throw new AssertionError("no prefix found");
    }
}
