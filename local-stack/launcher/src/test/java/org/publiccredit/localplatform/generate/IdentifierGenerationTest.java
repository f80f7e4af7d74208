package org.publiccredit.localplatform.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.publiccredit.schema.catalog.CheckCharacters;

class IdentifierGenerationTest {

    private static final String CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private final Subjects subjects = new Subjects(42, 1_036_000, 108_000,
            new City(GeneratedCity.catalog().enumeration("TOWN")), Dates.tenYearsTo(LocalDate.of(2026, 6, 30)));

    @Test
    void domainExamplesValidate() {
        assertThat(IndependentChecks.validResidentId("11010519491231002X")).isTrue();
        assertThat(CheckCharacters.isValidResidentId("11010519491231002X")).isTrue();
        assertThat(IndependentChecks.validResidentId(DemoRows.PERSON_ID)).isTrue();
        assertThat(IndependentChecks.validUscc(DemoRows.COMPANY_CODE)).isTrue();
        assertThat(IndependentChecks.validEmbeddedOrganisationCode(DemoRows.COMPANY_CODE)).isTrue();
        assertThat(IndependentChecks.validUscc("91370982MA3C4A1Q18")).isFalse();
        assertThat(IndependentChecks.validResidentId("110105194912310021")).isFalse();
        assertThat(IndependentChecks.validResidentId("110105194902300023")).isFalse();
    }

    @Test
    void remainderZeroGivesCharacterZero() {
        // choose the 17th character so that the weighted sum is a multiple of 31
        String first16 = "9137098200000000";
        int sum = 0;
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        for (int i = 0; i < 16; i++) {
            sum += CODE_CHARS.indexOf(first16.charAt(i)) * weights[i];
        }
        int last = -1;
        for (int v = 0; v < 31; v++) {
            if ((sum + v * 28) % 31 == 0) {
                last = v;
            }
        }
        String first17 = first16 + CODE_CHARS.charAt(last);
        assertThat(CheckCharacters.usccCheck(first17)).isEqualTo('0');
        assertThat(IndependentChecks.validUscc(first17 + '0')).isTrue();
        assertThat(CheckCharacters.isValidUscc(first17 + '0')).isTrue();
        // organisation code: sum mod 11 == 0 gives 11 -> '0'; remainder 1 gives 10 -> 'X'
        assertThat(CheckCharacters.organisationCodeCheck("00000000")).isEqualTo('0');
        assertThat(CheckCharacters.organisationCodeCheck("00000006")).isEqualTo('X');
        // resident ID: sum mod 11 == 0 -> '1'
        assertThat(CheckCharacters.residentIdCheck("00000000000000000")).isEqualTo('1');
    }

    @Test
    void productionAndIndependentChecksAgreeOnRandomCodes() {
        SplittableRandom random = new SplittableRandom(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < 18; i++) {
                code.append(CODE_CHARS.charAt(random.nextInt(31)));
            }
            assertThat(CheckCharacters.isValidUscc(code.toString())).isEqualTo(IndependentChecks.validUscc(code.toString()));
            StringBuilder id = new StringBuilder("370982");
            id.append(LocalDate.of(1950, 1, 1).plusDays(random.nextInt(20000)).toString().replace("-", ""));
            id.append(random.nextInt(10)).append(random.nextInt(10)).append(random.nextInt(10));
            id.append("0123456789X".charAt(random.nextInt(11)));
            assertThat(CheckCharacters.isValidResidentId(id.toString())).isEqualTo(IndependentChecks.validResidentId(id.toString()));
        }
    }

    @Test
    void generatedOrganisationCodesAreValidAndUnique() {
        Set<String> codes = new HashSet<>();
        Set<Character> checkCharacters = new HashSet<>();
        for (long i = 0; i < 50_000; i++) {
            String code = subjects.organisation(i).uscc();
            assertThat(IndependentChecks.validUscc(code)).as(code).isTrue();
            assertThat(IndependentChecks.validEmbeddedOrganisationCode(code)).as(code).isTrue();
            assertThat(code).doesNotStartWith(code.substring(0, 2) + "370982MA3");
            assertThat(codes.add(code)).as("duplicate " + code).isTrue();
            checkCharacters.add(code.charAt(17));
        }
        assertThat(checkCharacters).as("every check character occurs, including the remainder-0 case").hasSize(31);
        assertThat(codes).doesNotContain(DemoRows.COMPANY_CODE);
    }

    @Test
    void generatedResidentIdsAreValidUniqueAndFromTheCity() {
        Set<String> ids = new HashSet<>();
        Set<Character> checkCharacters = new HashSet<>();
        for (long i = 0; i < 100_000; i++) {
            Subject.Person person = subjects.person(i);
            String id = person.idNumber();
            assertThat(IndependentChecks.validResidentId(id)).as(id).isTrue();
            assertThat(id).startsWith("3709");
            assertThat(id.substring(6, 14)).isEqualTo(person.birthDate().toString().replace("-", ""));
            assertThat((id.charAt(16) - '0') % 2 == 1).isEqualTo(person.male());
            assertThat(Integer.parseInt(id.substring(14, 17))).isGreaterThanOrEqualTo(100);
            assertThat(ids.add(id)).as("duplicate").isTrue();
            checkCharacters.add(id.charAt(17));
        }
        assertThat(checkCharacters).hasSize(11);
    }

    @Test
    void permutationIsABijection() {
        Permutation permutation = new Permutation(10_007, 99);
        Set<Long> seen = new HashSet<>();
        for (long i = 0; i < 10_007; i++) {
            long value = permutation.apply(i);
            assertThat(value).isBetween(0L, 10_006L);
            seen.add(value);
        }
        assertThat(seen).hasSize(10_007);
    }
}
