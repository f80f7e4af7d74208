package org.publiccredit.gateway.operation;

/** The body is not a GraphQL request the gateway will forward; the message is for the client. */
final class InvalidGraphqlRequestException extends RuntimeException {

  private final String reason;

  InvalidGraphqlRequestException(String reason, String detail) {
    super(detail, null, false, false);
    this.reason = reason;
  }

  InvalidGraphqlRequestException(String detail) {
    this(GraphqlRequestReader.INVALID, detail);
  }

  String reason() {
    return reason;
  }
}
