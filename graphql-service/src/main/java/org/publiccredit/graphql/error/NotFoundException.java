package org.publiccredit.graphql.error;

/** What the caller asked for does not exist: NOT_FOUND, and the field is null. */
public final class NotFoundException extends ClientErrorException {

  public NotFoundException(String message) {
    super(message);
  }
}
