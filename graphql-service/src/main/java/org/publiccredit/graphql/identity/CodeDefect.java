package org.publiccredit.graphql.identity;

/** Why a subject code was rejected; the names are part of the API (error {@code reason}). */
public enum CodeDefect {
  /** Nothing but white space was given. */
  EMPTY,
  /** Not 18 characters (15-digit first-generation ID numbers are not accepted). */
  WRONG_LENGTH,
  /** A character outside the standard's alphabet (for codes: no I, O, S, V, Z). */
  INVALID_CHARACTER,
  /** The 18th character does not match the weighted check computed from the first 17. */
  CHECK_CHARACTER_MISMATCH,
  /** An ID number whose positions 7..14 are not a real, past birth date. */
  INVALID_BIRTH_DATE
}
