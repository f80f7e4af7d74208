package org.publiccredit.graphql.error;

/**
 * A refusal the caller can act on. Features throw one of the permitted kinds; {@link GraphQlErrors}
 * classifies them in one place. Messages are shown to clients: never put personal data in them.
 */
public abstract sealed class ClientErrorException extends RuntimeException
    permits InvalidArgumentException, NotFoundException, MissingScopeException {

  ClientErrorException(String message) {
    // No stack trace: these are expected outcomes, and the trace would only cost time.
    super(message, null, false, false);
  }
}
