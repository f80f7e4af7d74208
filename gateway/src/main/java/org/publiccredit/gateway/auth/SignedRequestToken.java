package org.publiccredit.gateway.auth;

import java.util.List;
import org.publiccredit.gateway.auth.signature.ParsedSignature;
import org.publiccredit.gateway.auth.signature.SignedMessage;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request's signature as read from its headers, before verification. */
final class SignedRequestToken extends AbstractAuthenticationToken {

  private final transient SignedMessage message;
  private final transient ParsedSignature signature;

  SignedRequestToken(SignedMessage message, ParsedSignature signature) {
    super(List.of());
    this.message = message;
    this.signature = signature;
    setAuthenticated(false);
  }

  SignedMessage message() {
    return message;
  }

  ParsedSignature signature() {
    return signature;
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
