package org.publiccredit.gateway.auth;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A verified client; its scopes become authorities named {@code SCOPE_<scope>}. */
final class ClientAuthentication extends AbstractAuthenticationToken {

  private final AuthenticatedClient client;
  private final transient @Nullable PendingNonce pendingNonce;

  /** @param pendingNonce the nonce left for the rate limiter to claim; null once claimed */
  ClientAuthentication(AuthenticatedClient client, @Nullable PendingNonce pendingNonce) {
    super(client.scopes().stream().map(s -> new SimpleGrantedAuthority("SCOPE_" + s)).toList());
    this.client = client;
    this.pendingNonce = pendingNonce;
    setAuthenticated(true);
  }

  @Nullable PendingNonce pendingNonce() {
    return pendingNonce;
  }

  @Override
  public Object getCredentials() {
    return "";
  }

  @Override
  public AuthenticatedClient getPrincipal() {
    return client;
  }

  @Override
  public String getName() {
    return client.id();
  }
}
