package org.publiccredit.gateway.auth.signature;

import java.security.Key;

/** A key a client may sign with: its public key, or the secret it shares with the gateway. */
public record VerificationKey(SignatureAlgorithm algorithm, Key key) {

  @Override
  public String toString() {
    // Never print key material, not even a shared secret's encoding.
    return "VerificationKey[" + algorithm.token() + "]";
  }
}
