package org.publiccredit.gateway.auth.signature;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.jspecify.annotations.Nullable;

/** The RFC 9421 algorithms the gateway accepts, named by their {@code alg} parameter value. */
public enum SignatureAlgorithm {
  ED25519("ed25519", 64) {
    @Override
    boolean verifies(Key key, byte[] base, byte[] signature) {
      // BouncyCastle's RFC 8032 verification, not the JDK's: same result, a fraction of the CPU.
      // The key's point is decoded once per key, not per request (a tenth of a verification).
      Ed25519.PublicPoint point = ed25519Point(key);
      return point != null && Ed25519.verify(signature, 0, point, base, 0, base.length);
    }
  },
  /** ECDSA over P-256 with SHA-256; the signature is raw r||s (P1363), not DER. */
  ECDSA_P256_SHA256("ecdsa-p256-sha256", 64) {
    @Override
    boolean verifies(Key key, byte[] base, byte[] signature) throws GeneralSecurityException {
      return verifyWith("SHA256withECDSAinP1363Format", key, base, signature);
    }
  },
  HMAC_SHA256("hmac-sha256", 32) {
    @Override
    boolean verifies(Key key, byte[] base, byte[] signature) throws GeneralSecurityException {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
      // isEqual is constant-time: the comparison must not reveal how many bytes matched.
      return MessageDigest.isEqual(mac.doFinal(base), signature);
    }
  };

  private static final byte[] ED25519_SPKI_PREFIX =
      HexFormat.of().parseHex("302a300506032b6570032100");
  /**
   * Decoded Ed25519 public keys by key. The keys are the registry's (never a caller's), so the
   * map grows only when keys are rotated; the bound is a backstop against a leak.
   */
  private static final Map<Key, Optional<Ed25519.PublicPoint>> ED25519_POINTS =
      new ConcurrentHashMap<>();
  private static final int MAX_CACHED_POINTS = 10_000;

  private final String token;
  private final int signatureLength;

  SignatureAlgorithm(String token, int signatureLength) {
    this.token = token;
    this.signatureLength = signatureLength;
  }

  /** The {@code alg} parameter value, e.g. {@code ed25519}. */
  public String token() {
    return token;
  }

  /** Whether the key is asymmetric (a client public key) rather than a shared secret. */
  public boolean usesPublicKey() {
    return this != HMAC_SHA256;
  }

  public static Optional<SignatureAlgorithm> fromToken(String token) {
    return Arrays.stream(values()).filter(a -> a.token.equals(token)).findFirst();
  }

  /** Checks the signature over the base; a signature of the wrong length never verifies. */
  boolean verify(Key key, byte[] base, byte[] signature) {
    if (signature.length != signatureLength) {
      return false;
    }
    try {
      return verifies(key, base, signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  abstract boolean verifies(Key key, byte[] base, byte[] signature)
      throws GeneralSecurityException;

  /**
   * The key's point as RFC 8032 verification decodes it (partial validation, as
   * {@code Ed25519.verify} does with the encoded key); null for a key that is not Ed25519 or
   * does not decode to a point.
   */
  private static Ed25519.@Nullable PublicPoint ed25519Point(Key key) {
    Optional<Ed25519.PublicPoint> point = ED25519_POINTS.get(key);
    if (point == null) {
      if (ED25519_POINTS.size() >= MAX_CACHED_POINTS) {
        ED25519_POINTS.clear();
      }
      byte[] raw = rawEd25519PublicKey(key);
      point = Optional.ofNullable(raw == null ? null
          : Ed25519.validatePublicKeyPartialExport(raw, 0));
      ED25519_POINTS.put(key, point);
    }
    return point.orElse(null);
  }

  /** The 32-byte key inside an Ed25519 SubjectPublicKeyInfo (RFC 8410: 12-byte prefix + key). */
  private static byte @Nullable [] rawEd25519PublicKey(Key key) {
    if (!(key instanceof PublicKey publicKey)) {
      return null;
    }
    byte[] encoded = publicKey.getEncoded();
    if (encoded == null || encoded.length != ED25519_SPKI_PREFIX.length + Ed25519.PUBLIC_KEY_SIZE
        || !Arrays.equals(encoded, 0, ED25519_SPKI_PREFIX.length, ED25519_SPKI_PREFIX, 0,
            ED25519_SPKI_PREFIX.length)) {
      return null;
    }
    return Arrays.copyOfRange(encoded, ED25519_SPKI_PREFIX.length, encoded.length);
  }

  private static boolean verifyWith(String jcaName, Key key, byte[] base, byte[] signature)
      throws GeneralSecurityException {
    if (!(key instanceof PublicKey publicKey)) {
      return false;
    }
    Signature verifier = Signature.getInstance(jcaName);
    verifier.initVerify(publicKey);
    verifier.update(base);
    return verifier.verify(signature);
  }
}
