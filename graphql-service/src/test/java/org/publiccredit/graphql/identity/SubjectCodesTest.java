package org.publiccredit.graphql.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.publiccredit.graphql.identity.CodeParse.Parsed;
import org.publiccredit.graphql.identity.CodeParse.Rejected;

class SubjectCodesTest {

  private final SubjectCodes codes = new SubjectCodes(Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC));

  @ParameterizedTest
  @CsvSource({
      "91370982MA3C4A1Q19",   // the demo company
      "91370900MA3B0K2XXH",   // demo bank's institution code
      "52370982MJD1735A4J",   // demo portal: a social organisation
      "113709820042116306",   // all digits, but not an ID number (no valid birth date)
      "91370982MA3C4A1QX0"})  // weighted sum divisible by 31: check character '0', not index 31
  void acceptsValidUnifiedSocialCreditCodes(String code) {
    assertThat(codes.parse(code)).isInstanceOfSatisfying(Parsed.class, parsed -> {
      assertThat(parsed.code()).isInstanceOf(LegalPersonCode.class);
      assertThat(parsed.code().value()).isEqualTo(code);
      assertThat(parsed.code().kind()).isEqualTo(CodeKind.UNIFIED_SOCIAL_CREDIT_CODE);
    });
  }

  @Test
  void remainderZeroGivesCheckCharacterZero() {
    assertThat(UnifiedSocialCreditCodes.checkCharacter("91370982MA3C4A1QX")).isEqualTo('0');
  }

  @ParameterizedTest
  @CsvSource({
      "370982198503120017, 1985-03-12",
      "11010519491231002X, 1949-12-31",
      "11010519491231002x, 1949-12-31"})
  void acceptsValidResidentIdNumbers(String number, LocalDate birthDate) {
    assertThat(codes.parse(number)).isInstanceOfSatisfying(Parsed.class, parsed -> {
      assertThat(parsed.code()).isInstanceOfSatisfying(ResidentIdNumber.class, id -> {
        assertThat(id.value()).isEqualTo(number.toUpperCase(java.util.Locale.ROOT));
        assertThat(id.birthDate()).isEqualTo(birthDate);
      });
    });
  }

  @Test
  void toleratesSurroundingWhiteSpace() {
    assertThat(codes.parse("  91370982MA3C4A1Q19\n")).isInstanceOf(Parsed.class);
  }

  @Test
  void rejectsWrongCheckCharacterOfCode() {
    assertThat(codes.parse("91370982MA3C4A1Q18")).isEqualTo(new Rejected(CodeKind.UNIFIED_SOCIAL_CREDIT_CODE,
        CodeDefect.CHECK_CHARACTER_MISMATCH,
        "The check character (18th) of the unified social credit code does not match (GB 32100-2015)."));
  }

  @Test
  void rejectsWrongCheckCharacterOfIdNumber() {
    assertThat(codes.parse("370982198503120018")).isInstanceOfSatisfying(Rejected.class, r -> {
      assertThat(r.assumedKind()).isEqualTo(CodeKind.RESIDENT_ID_NUMBER);
      assertThat(r.defect()).isEqualTo(CodeDefect.CHECK_CHARACTER_MISMATCH);
      assertThat(r.message()).doesNotContain("370982198503120018");
    });
  }

  @ParameterizedTest
  @CsvSource({
      "370982198502300016",  // 30 February, check character right
      "370982215001010012"}) // born in 2150
  void rejectsImpossibleBirthDates(String number) {
    assertThat(codes.parse(number)).isInstanceOfSatisfying(Rejected.class, r -> {
      assertThat(r.assumedKind()).isEqualTo(CodeKind.RESIDENT_ID_NUMBER);
      assertThat(r.defect()).isEqualTo(CodeDefect.INVALID_BIRTH_DATE);
    });
  }

  @ParameterizedTest
  @CsvSource({
      "'', EMPTY",
      "'   ', EMPTY",
      "91370982MA3C4A1Q1, WRONG_LENGTH",
      "370982850312001, WRONG_LENGTH",
      "91370982MA3C4A1Q190, WRONG_LENGTH",
      "91370982MI3C4A1Q19, INVALID_CHARACTER",
      "91370982MA3C4A1O19, INVALID_CHARACTER",
      "9137098２MA3C4A1Q19, INVALID_CHARACTER"})
  void rejectsMalformedInput(String input, CodeDefect defect) {
    assertThat(codes.parse(input)).isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.defect()).isEqualTo(defect));
  }

  @Test
  void organisationCodeCheckFailureIsOnlyAWarning() {
    // Positions 9..17 "00442998" + '5' where GB 11714 expects 'X'; the 18th character is right.
    assertThat(codes.parse("11370982004429985J")).isInstanceOfSatisfying(Parsed.class, parsed ->
        assertThat(parsed.code()).isEqualTo(new LegalPersonCode("11370982004429985J", false)));
  }

  @ParameterizedTest
  @CsvSource({
      "1137098200442998XW",  // organisation check 10 -> X
      "11370982004429920W",  // organisation check 11 -> 0
      "91370982MA3C4A1Q19"})
  void organisationCodeCheckHandlesTenAndEleven(String code) {
    assertThat(codes.parse(code)).isInstanceOfSatisfying(Parsed.class, parsed ->
        assertThat(parsed.code()).isEqualTo(new LegalPersonCode(code, true)));
  }

  @Test
  void idNumberIsMaskedInToString() {
    var parsed = (Parsed) codes.parse("370982198503120017");
    assertThat(parsed.code().toString()).doesNotContain("370982198503120017").contains("3709**********0017");
    assertThat(((ResidentIdNumber) parsed.code()).masked()).isEqualTo("3709**********0017");
    assertThat(new ResidentIdNumber("11010519491231002X", LocalDate.of(1949, 12, 31)).masked())
        .isEqualTo("1101**********002X");
  }

  @Test
  void legalPersonParserRejectsIdNumbers() {
    assertThat(codes.parseLegalPersonCode("370982198503120017")).isInstanceOf(Rejected.class);
  }
}
