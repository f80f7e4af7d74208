package org.publiccredit.graphql.identity;

/**
 * A unified social credit code whose 18th (check) character is right.
 *
 * @param value the 18 characters
 * @param organisationCodeValid whether the embedded GB 11714 organisation code (positions 9..17)
 *     passes its own check; some issued codes are reported to fail it, so a failure is a warning
 *     for the caller to surface, never a rejection
 */
public record LegalPersonCode(String value, boolean organisationCodeValid) implements SubjectCode {

  @Override
  public CodeKind kind() {
    return CodeKind.UNIFIED_SOCIAL_CREDIT_CODE;
  }
}
