package org.publiccredit.gateway.auth;

import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The client a request was verified to come from: what later stages (routing, rate limits,
 * audit) may know about the caller, and all they need.
 *
 * @param id the client id (the signature's keyid)
 * @param type the kind of institution
 * @param institutionCode its unified social credit code
 * @param scopes what the GraphQL service lets it do
 * @param plan its rate limits, as the registry said when the request was authenticated
 */
public record AuthenticatedClient(
    String id, ClientType type, String institutionCode, List<String> scopes, ClientPlan plan) {

  private static final String CLAIMED_ID = AuthenticatedClient.class.getName() + ".claimedId";

  public AuthenticatedClient {
    scopes = List.copyOf(scopes);
  }

  /**
   * The keyid the request's signature named, verified or not: for the audit, which records who a
   * refused request claimed to be. Never a metrics tag (anyone can claim anything).
   */
  public static Optional<String> claimedId(ServerWebExchange exchange) {
    return Optional.ofNullable(exchange.getAttribute(CLAIMED_ID));
  }

  static void claim(ServerWebExchange exchange, String keyId) {
    exchange.getAttributes().put(CLAIMED_ID, keyId);
  }

  /** The verified client of an exchange; empty when the exchange was not authenticated. */
  public static Mono<AuthenticatedClient> of(ServerWebExchange exchange) {
    return exchange.getPrincipal().flatMap(AuthenticatedClient::from);
  }

  private static Mono<AuthenticatedClient> from(Principal principal) {
    return principal instanceof Authentication authentication
            && authentication.isAuthenticated()
            && authentication.getPrincipal() instanceof AuthenticatedClient client
        ? Mono.just(client)
        : Mono.empty();
  }
}
