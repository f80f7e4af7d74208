package org.publiccredit.graphql.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.publiccredit.graphql.identity.CodeParse.Parsed;
import org.publiccredit.graphql.identity.CodeParse.Rejected;

/**
 * Parses the 18-character subject codes of domain.md. Classification: an input that validates as
 * a resident ID number is a person, else one that validates as a unified social credit code is a
 * legal person, else it is rejected with the check that failed for the standard it most resembles.
 */
public final class SubjectCodes {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final int LENGTH = 18;

  private final Clock clock;

  /** Judges birth dates against the given clock (in China's time zone). */
  public SubjectCodes(Clock clock) {
    this.clock = clock;
  }

  /** Judges birth dates against the system clock. */
  public static SubjectCodes withSystemClock() {
    return new SubjectCodes(Clock.system(CHINA));
  }

  /** Parses either kind of code; surrounding white space and lower case are tolerated. */
  public CodeParse parse(String raw) {
    String code = raw.strip().toUpperCase(Locale.ROOT);
    if (code.isEmpty()) {
      return new Rejected(null, CodeDefect.EMPTY, "The code is empty.");
    }
    if (code.length() != LENGTH) {
      return new Rejected(null, CodeDefect.WRONG_LENGTH,
          "A subject code has 18 characters; " + code.length() + " were given.");
    }
    LocalDate today = LocalDate.now(clock.withZone(CHINA));
    if (ResidentIdNumbers.hasShape(code)) {
      var birthDate = ResidentIdNumbers.birthDate(code, today);
      boolean checkMatches = ResidentIdNumbers.checkCharacter(code) == code.charAt(17);
      if (birthDate != null && checkMatches) {
        return new Parsed(new ResidentIdNumber(code, birthDate));
      }
      CodeParse asLegalPerson = parseLegalPersonCode(code);
      if (asLegalPerson instanceof Parsed || birthDate == null && !checkMatches) {
        return asLegalPerson;
      }
      return birthDate == null ? invalidBirthDate() : idCheckMismatch();
    }
    return parseLegalPersonCode(code);
  }

  /** Parses a unified social credit code only (e.g. an authority's code). */
  public CodeParse parseLegalPersonCode(String raw) {
    String code = raw.strip().toUpperCase(Locale.ROOT);
    if (code.length() != LENGTH) {
      return new Rejected(CodeKind.UNIFIED_SOCIAL_CREDIT_CODE, CodeDefect.WRONG_LENGTH,
          "A unified social credit code has 18 characters; " + code.length() + " were given.");
    }
    if (!UnifiedSocialCreditCodes.usesAlphabet(code)) {
      return new Rejected(CodeKind.UNIFIED_SOCIAL_CREDIT_CODE, CodeDefect.INVALID_CHARACTER,
          "A unified social credit code uses only 0-9 and A-Y without I, O, S, V and Z.");
    }
    if (UnifiedSocialCreditCodes.checkCharacter(code) != code.charAt(17)) {
      return new Rejected(CodeKind.UNIFIED_SOCIAL_CREDIT_CODE, CodeDefect.CHECK_CHARACTER_MISMATCH,
          "The check character (18th) of the unified social credit code does not match (GB 32100-2015).");
    }
    return new Parsed(new LegalPersonCode(code, UnifiedSocialCreditCodes.organisationCodeValid(code)));
  }

  private static Rejected idCheckMismatch() {
    return new Rejected(CodeKind.RESIDENT_ID_NUMBER, CodeDefect.CHECK_CHARACTER_MISMATCH,
        "The check character (18th) of the resident ID number does not match (GB 11643-1999).");
  }

  private static Rejected invalidBirthDate() {
    return new Rejected(CodeKind.RESIDENT_ID_NUMBER, CodeDefect.INVALID_BIRTH_DATE,
        "Positions 7 to 14 of the resident ID number are not a valid birth date.");
  }
}
