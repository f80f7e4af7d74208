package org.publiccredit.gateway.auth.signature;

/**
 * Why a signed request was refused. Each is a distinct, documented {@code reason} in the
 * problem response (integrators key their error handling on it), always with status 401.
 */
public enum SignatureFailure {
  MISSING_SIGNATURE("missing-signature", "Signature missing"),
  MALFORMED_SIGNATURE("malformed-signature", "Signature malformed"),
  UNKNOWN_KEY("unknown-key", "Unknown key"),
  UNSUPPORTED_ALGORITHM("unsupported-algorithm", "Signature algorithm not accepted"),
  MISSING_COMPONENT("missing-component", "Required component not signed"),
  STALE_CREATED("stale-created", "Signature too old or from the future"),
  REPLAYED_NONCE("replayed-nonce", "Nonce already used"),
  DIGEST_MISMATCH("digest-mismatch", "Content digest does not match the body"),
  BAD_SIGNATURE("bad-signature", "Signature does not verify"),
  CLIENT_SUSPENDED("client-suspended", "Client suspended");

  private final String reason;
  private final String title;

  SignatureFailure(String reason, String title) {
    this.reason = reason;
    this.title = title;
  }

  /** The stable, machine-readable reason code, e.g. {@code bad-signature}. */
  public String reason() {
    return reason;
  }

  public String title() {
    return title;
  }
}
