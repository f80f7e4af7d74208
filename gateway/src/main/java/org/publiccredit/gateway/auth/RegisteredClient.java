package org.publiccredit.gateway.auth;

import java.util.List;
import java.util.Optional;
import org.publiccredit.gateway.auth.signature.SignatureAlgorithm;
import org.publiccredit.gateway.auth.signature.VerificationKey;

/** A client as the registry describes it, keys parsed. */
record RegisteredClient(
    String id,
    String displayName,
    ClientType type,
    String institutionCode,
    ClientStatus status,
    List<String> scopes,
    ClientPlan plan,
    List<VerificationKey> keys) {

  RegisteredClient {
    scopes = List.copyOf(scopes);
    keys = List.copyOf(keys);
  }

  Optional<VerificationKey> key(SignatureAlgorithm algorithm) {
    return keys.stream().filter(k -> k.algorithm() == algorithm).findFirst();
  }

  boolean isActive() {
    return status == ClientStatus.ACTIVE;
  }

  AuthenticatedClient toAuthenticated() {
    return new AuthenticatedClient(id, type, institutionCode, scopes, plan);
  }
}
