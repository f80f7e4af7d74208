package org.publiccredit.gateway.auth;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A verified client; its scopes become authorities named {@code SCOPE_<scope>}. */
final class ClientAuthentication extends AbstractAuthenticationToken {

  private final AuthenticatedClient client;

  ClientAuthentication(AuthenticatedClient client) {
    super(client.scopes().stream().map(s -> new SimpleGrantedAuthority("SCOPE_" + s)).toList());
    this.client = client;
    setAuthenticated(true);
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
