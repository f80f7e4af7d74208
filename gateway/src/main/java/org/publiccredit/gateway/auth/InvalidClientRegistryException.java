package org.publiccredit.gateway.auth;

/** The client registry cannot be used; the gateway refuses to start (or to reload) with it. */
final class InvalidClientRegistryException extends RuntimeException {

  private final String location;

  InvalidClientRegistryException(String location, String problem, Throwable cause) {
    super("Client registry " + location + " is invalid: " + problem, cause);
    this.location = location;
  }

  InvalidClientRegistryException(String location, String problem) {
    super("Client registry " + location + " is invalid: " + problem);
    this.location = location;
  }

  String location() {
    return location;
  }
}
