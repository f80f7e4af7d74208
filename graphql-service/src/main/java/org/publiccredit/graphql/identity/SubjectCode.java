package org.publiccredit.graphql.identity;

/**
 * A validated subject identifier: what the platform keys legal persons and natural persons by.
 * Instances exist only after the check characters passed, so holders need not re-validate.
 */
public sealed interface SubjectCode permits LegalPersonCode, ResidentIdNumber {

  /** The normalised 18 characters (upper case). */
  String value();

  /** Which standard the code follows. */
  CodeKind kind();
}
