package org.publiccredit.gateway.auth;

import java.util.List;
import org.publiccredit.gateway.auth.signature.ParsedSignature;
import org.publiccredit.gateway.auth.signature.SignedMessage;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request's signature as read from its headers, before verification. */
final class SignedRequestToken extends AbstractAuthenticationToken {

  private final transient SignedMessage message;
  private final transient ParsedSignature signature;
  private final boolean nonceDeferred;

  /** @param nonceDeferred whether the request is routed, so the rate limiter claims its nonce */
  SignedRequestToken(SignedMessage message, ParsedSignature signature, boolean nonceDeferred) {
    super(List.of());
    this.message = message;
    this.signature = signature;
    this.nonceDeferred = nonceDeferred;
    setAuthenticated(false);
  }

  SignedMessage message() {
    return message;
  }

  ParsedSignature signature() {
    return signature;
  }

  boolean nonceDeferred() {
    return nonceDeferred;
  }

  @Override
  public Object getCredentials() {
    return signature;
  }

  @Override
  public Object getPrincipal() {
    return signature.keyId();
  }
}
