package org.publiccredit.graphql.error;

/** The caller's client lacks a scope the field needs: FORBIDDEN, naming the scope. */
public final class MissingScopeException extends ClientErrorException {

  private final String scope;

  public MissingScopeException(String scope) {
    super("This client lacks the scope '" + scope + "' that the request needs.");
    this.scope = scope;
  }

  public String scope() {
    return scope;
  }
}
