package org.publiccredit.graphql.identity;

import org.jspecify.annotations.Nullable;

/** The outcome of parsing a subject code: a refusal is a value, not an exception. */
public sealed interface CodeParse {

  /** The input is a valid code. */
  record Parsed(SubjectCode code) implements CodeParse {}

  /**
   * The input is not a valid code. The message never repeats the input, which may be personal data.
   *
   * @param assumedKind the standard the input was judged against, or null when it fits neither
   */
  record Rejected(@Nullable CodeKind assumedKind, CodeDefect defect, String message) implements CodeParse {}
}
