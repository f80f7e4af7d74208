package org.publiccredit.gateway.auth;

import static org.publiccredit.gateway.auth.signature.SignatureFailure.CLIENT_SUSPENDED;
import static org.publiccredit.gateway.auth.signature.SignatureFailure.UNKNOWN_KEY;
import static org.publiccredit.gateway.auth.signature.SignatureFailure.UNSUPPORTED_ALGORITHM;

import java.time.Duration;
import org.publiccredit.gateway.auth.signature.HttpMessageSignatures;
import org.publiccredit.gateway.auth.signature.ParsedSignature;
import org.publiccredit.gateway.auth.signature.SignatureAlgorithm;
import org.publiccredit.gateway.auth.signature.SignatureException;
import org.publiccredit.gateway.auth.signature.VerificationKey;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import reactor.core.publisher.Mono;

/**
 * Decides whether a signed request comes from an active registered client. The nonce is
 * claimed last, after the signature verified, so no one can use up another client's nonces; on
 * a routed call it is left pending for the rate limiter's script (decision 64).
 */
final class SignatureAuthenticationManager implements ReactiveAuthenticationManager {

  private final ClientRegistry registry;
  private final HttpMessageSignatures signatures;
  private final NonceStore nonces;
  private final Duration nonceTtl;

  SignatureAuthenticationManager(ClientRegistry registry, HttpMessageSignatures signatures,
      NonceStore nonces, Duration nonceTtl) {
    this.registry = registry;
    this.signatures = signatures;
    this.nonces = nonces;
    this.nonceTtl = nonceTtl;
  }

  @Override
  public Mono<Authentication> authenticate(Authentication authentication) {
    if (!(authentication instanceof SignedRequestToken token)) {
      return Mono.empty();
    }
    ParsedSignature signature = token.signature();
    String keyId = signature.keyId();
    RegisteredClient client;
    try {
      client = verify(token);
    } catch (SignatureException e) {
      return Mono.error(Rejections.of(e, keyId));
    }
    PendingNonce nonce = new PendingNonce(keyId, signature.nonce(), nonceTtl);
    if (token.nonceDeferred()) {
      return Mono.just(new ClientAuthentication(client.toAuthenticated(), nonce));
    }
    return Mono.defer(() -> nonces.claim(nonce))
        .onErrorMap(e -> Rejections.replayProtectionUnavailable(keyId, e))
        .flatMap(unused -> unused
            ? Mono.just(new ClientAuthentication(client.toAuthenticated(), null))
            : Mono.error(ReplayProtection.replayed(keyId)));
  }

  private RegisteredClient verify(SignedRequestToken token) {
    ParsedSignature signature = token.signature();
    RegisteredClient client = registry.find(signature.keyId()).orElseThrow(() ->
        new SignatureException(UNKNOWN_KEY, "keyid is not a registered client."));
    SignatureAlgorithm algorithm = SignatureAlgorithm.fromToken(signature.algorithm())
        .orElseThrow(() -> new SignatureException(UNSUPPORTED_ALGORITHM,
            "alg must be one of ed25519, ecdsa-p256-sha256, hmac-sha256."));
    VerificationKey key = client.key(algorithm).orElseThrow(() ->
        new SignatureException(UNSUPPORTED_ALGORITHM,
            "alg \"" + algorithm.token() + "\" is not the algorithm of this client's key."));
    signatures.verify(signature, token.message(), key);
    // Only a caller who proved to hold the key learns that the client is suspended.
    if (!client.isActive()) {
      throw new SignatureException(CLIENT_SUSPENDED,
          "This client is suspended; contact the platform operator.");
    }
    return client;
  }
}
