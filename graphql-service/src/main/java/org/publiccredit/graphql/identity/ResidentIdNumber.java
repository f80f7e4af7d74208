package org.publiccredit.graphql.identity;

import java.time.LocalDate;

/**
 * A resident ID number whose check character and birth date are valid. Personal information:
 * {@link #toString()} is masked so that the number cannot leak into a log by accident.
 *
 * @param value the 18 characters
 * @param birthDate the birth date encoded in positions 7..14
 */
public record ResidentIdNumber(String value, LocalDate birthDate) implements SubjectCode {

  @Override
  public CodeKind kind() {
    return CodeKind.RESIDENT_ID_NUMBER;
  }

  /** The masked form, e.g. {@code 3709**********0017}: first 4 and last 4 characters shown. */
  public String masked() {
    return value.substring(0, 4) + "*".repeat(value.length() - 8) + value.substring(value.length() - 4);
  }

  @Override
  public String toString() {
    return "ResidentIdNumber[" + masked() + "]";
  }
}
