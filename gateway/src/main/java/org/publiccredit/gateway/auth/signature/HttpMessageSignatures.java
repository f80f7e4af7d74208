package org.publiccredit.gateway.auth.signature;

import static org.publiccredit.gateway.auth.signature.SignatureFailure.BAD_SIGNATURE;
import static org.publiccredit.gateway.auth.signature.SignatureFailure.MISSING_COMPONENT;
import static org.publiccredit.gateway.auth.signature.SignatureFailure.STALE_CREATED;
import static org.publiccredit.gateway.auth.signature.SignatureFailure.UNSUPPORTED_ALGORITHM;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Verifies a request's RFC 9421 signature per the gateway's signature contract. Who the key
 * belongs to, whether the client is active and whether the nonce is fresh is the caller's part.
 */
public final class HttpMessageSignatures {

  private final Clock clock;
  private final long clockSkewSeconds;

  /** Accepts a {@code created} up to {@code clockSkew} before or after the clock's now. */
  public HttpMessageSignatures(Clock clock, Duration clockSkew) {
    this.clock = clock;
    this.clockSkewSeconds = clockSkew.toSeconds();
  }

  /** Reads the signature headers; fails with missing- or malformed-signature. */
  public ParsedSignature parse(SignedMessage message) {
    return SignatureHeaders.parse(message);
  }

  /** Checks coverage, freshness, the body digest and finally the signature itself. */
  public void verify(ParsedSignature signature, SignedMessage message, VerificationKey key) {
    if (!key.algorithm().token().equals(signature.algorithm())) {
      throw new SignatureException(UNSUPPORTED_ALGORITHM,
          "alg \"" + signature.algorithm() + "\" is not the algorithm of this client's key.");
    }
    requireCoverage(signature.components(), message);
    requireFresh(signature);
    if (message.hasBody() || signature.components().contains(Components.CONTENT_DIGEST)) {
      ContentDigest.check(message);
    }
    byte[] base = SignatureBase.bytes(signature, message);
    if (!key.algorithm().verify(key.key(), base, signature.signature())) {
      throw new SignatureException(BAD_SIGNATURE,
          "The signature does not verify with the key registered for " + signature.keyId() + ".");
    }
  }

  private static void requireCoverage(List<String> components, SignedMessage message) {
    if (!components.contains(Components.METHOD)) {
      throw missing("\"@method\" must be covered.");
    }
    boolean targetCovered = components.contains(Components.TARGET_URI)
        || components.containsAll(
            List.of(Components.AUTHORITY, Components.PATH, Components.QUERY));
    if (!targetCovered) {
      throw missing("\"@target-uri\", or all of \"@authority\" \"@path\" \"@query\", "
          + "must be covered.");
    }
    if (message.hasBody() && !components.contains(Components.CONTENT_DIGEST)) {
      throw missing("\"content-digest\" must be covered when the request has a body.");
    }
  }

  private void requireFresh(ParsedSignature signature) {
    long now = clock.instant().getEpochSecond();
    long offset = now - signature.created();
    if (Math.abs(offset) > clockSkewSeconds) {
      throw new SignatureException(STALE_CREATED, "created is " + Math.abs(offset) + " s "
          + (offset > 0 ? "in the past" : "in the future")
          + "; the gateway accepts at most " + clockSkewSeconds + " s either way.");
    }
    Long expires = signature.expires();
    if (expires != null && now > expires) {
      throw new SignatureException(STALE_CREATED, "The signature expired " + (now - expires)
          + " s ago.");
    }
  }

  private static SignatureException missing(String detail) {
    return new SignatureException(MISSING_COMPONENT, detail);
  }
}
