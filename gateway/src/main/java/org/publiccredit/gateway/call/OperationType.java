package org.publiccredit.gateway.call;

/** The GraphQL operation types. */
public enum OperationType {
  QUERY,
  MUTATION,
  SUBSCRIPTION
}
