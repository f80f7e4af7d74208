package org.publiccredit.graphql.error;

/**
 * An argument the caller must correct: a BAD_REQUEST naming it.
 *
 * @see GraphQlErrors
 */
public final class InvalidArgumentException extends ClientErrorException {

  private final String argument;
  private final String reason;

  /**
   * @param argument the GraphQL argument's name, e.g. {@code code}
   * @param reason a stable machine-readable reason, e.g. {@code CHECK_CHARACTER_MISMATCH}
   * @param message what is wrong, for a human, without echoing the value
   */
  public InvalidArgumentException(String argument, String reason, String message) {
    super(message);
    this.argument = argument;
    this.reason = reason;
  }

  public String argument() {
    return argument;
  }

  public String reason() {
    return reason;
  }
}
