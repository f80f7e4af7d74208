package org.publiccredit.gateway.auth;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.publiccredit.gateway.auth.signature.SignatureAlgorithm;
import org.springframework.core.io.Resource;

/** Parses the keys of a registry entry: PEM public keys and base64 shared-secret files. */
final class KeyReader {

  /** The order of the P-256 group; an EC key on any other curve is refused. */
  private static final BigInteger P256_ORDER = new BigInteger(
      "FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16);
  private static final int MIN_SECRET_BYTES = 32;
  private static final String BEGIN = "-----BEGIN PUBLIC KEY-----";
  private static final String END = "-----END PUBLIC KEY-----";

  private final String location;

  KeyReader(String location) {
    this.location = location;
  }

  PublicKey publicKey(SignatureAlgorithm algorithm, String pem, String at) {
    String text = pem.strip();
    if (!text.startsWith(BEGIN) || !text.endsWith(END)) {
      throw invalid(at + ".public-key is not a PEM public key (" + BEGIN + ")");
    }
    String base64 = text.substring(BEGIN.length(), text.length() - END.length())
        .replaceAll("\\s", "");
    try {
      X509EncodedKeySpec spec = new X509EncodedKeySpec(Base64.getDecoder().decode(base64));
      boolean ed25519 = algorithm == SignatureAlgorithm.ED25519;
      PublicKey key = KeyFactory.getInstance(ed25519 ? "Ed25519" : "EC").generatePublic(spec);
      if (key instanceof ECPublicKey ec && !ec.getParams().getOrder().equals(P256_ORDER)) {
        throw invalid(at + ".public-key is not on the P-256 curve");
      }
      return key;
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw invalid(at + ".public-key is not a valid " + algorithm.token() + " public key");
    }
  }

  SecretKey secret(Resource file, String at) {
    if (!file.exists()) {
      throw invalid(at + ".secret-file " + file.getDescription() + " does not exist");
    }
    byte[] secret;
    try {
      String text = file.getContentAsString(StandardCharsets.US_ASCII).strip();
      secret = Base64.getDecoder().decode(text);
    } catch (IOException | IllegalArgumentException e) {
      throw invalid(at + ".secret-file " + file.getDescription() + " is not readable base64");
    }
    if (secret.length < MIN_SECRET_BYTES) {
      throw invalid(at + ".secret-file holds " + secret.length + " bytes; at least "
          + MIN_SECRET_BYTES + " are required");
    }
    return new SecretKeySpec(secret, "HmacSHA256");
  }

  private InvalidClientRegistryException invalid(String problem) {
    return new InvalidClientRegistryException(location, problem);
  }
}
