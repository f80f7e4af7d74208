package org.publiccredit.gateway.auth.signature;

/** A signed request failed a check; the detail is safe to show the client. */
public final class SignatureException extends RuntimeException {

  private final SignatureFailure failure;

  public SignatureException(SignatureFailure failure, String detail) {
    super(detail, null, false, false);
    this.failure = failure;
  }

  public SignatureFailure failure() {
    return failure;
  }

  /** A message for the client: what was wrong, never key material or the signature. */
  public String detail() {
    return getMessage();
  }
}
