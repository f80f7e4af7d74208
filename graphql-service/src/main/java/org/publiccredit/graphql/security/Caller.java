package org.publiccredit.graphql.security;

import java.security.Principal;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.publiccredit.graphql.error.MissingScopeException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The client the gateway vouched for, from its identity token.
 *
 * @param clientId the token's {@code sub}
 * @param clientType BANK, TAX_BUREAU, DEPARTMENT, PORTAL or PLATFORM_ADMIN
 * @param institutionCode the institution's unified social credit code
 */
public record Caller(String clientId, @Nullable String clientType, @Nullable String institutionCode, Set<String> scopes) {

  private static final String SCOPE_PREFIX = "SCOPE_";
  private static final Caller ANONYMOUS = new Caller("anonymous", null, null, Set.of());

  /** The caller behind a request's principal; anyone without an identity token has no scopes. */
  public static Caller of(@Nullable Principal principal) {
    if (!(principal instanceof JwtAuthenticationToken token)) {
      return ANONYMOUS;
    }
    Set<String> scopes = token.getAuthorities().stream()
        .map(a -> a.getAuthority())
        .filter(a -> a != null && a.startsWith(SCOPE_PREFIX))
        .map(a -> a.substring(SCOPE_PREFIX.length()))
        .collect(Collectors.toUnmodifiableSet());
    return new Caller(token.getName(), token.getToken().getClaimAsString("client_type"),
        token.getToken().getClaimAsString("institution_code"), scopes);
  }

  public boolean has(String scope) {
    return scopes.contains(scope);
  }

  /** Throws a FORBIDDEN error naming the scope unless the caller has it. */
  public void require(String scope) {
    if (!has(scope)) {
      throw new MissingScopeException(scope);
    }
  }
}
