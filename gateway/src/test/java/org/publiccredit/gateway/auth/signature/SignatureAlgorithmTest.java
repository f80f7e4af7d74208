package org.publiccredit.gateway.auth.signature;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SignatureAlgorithmTest {

  private static final byte[] BASE = "\"@method\": POST".getBytes(US_ASCII);
  private static final byte[] OTHER_BASE = "\"@method\": GET".getBytes(US_ASCII);

  @Test
  void ed25519VerifiesOnlyTheSignedBaseWithTheRightKey() throws Exception {
    KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    byte[] signature = sign("Ed25519", keys, BASE);
    KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();

    assertThat(SignatureAlgorithm.ED25519.verify(keys.getPublic(), BASE, signature)).isTrue();
    assertThat(SignatureAlgorithm.ED25519.verify(keys.getPublic(), OTHER_BASE, signature)).isFalse();
    assertThat(SignatureAlgorithm.ED25519.verify(other.getPublic(), BASE, signature)).isFalse();
    assertThat(SignatureAlgorithm.ED25519.verify(keys.getPublic(), BASE, flip(signature))).isFalse();
    assertThat(SignatureAlgorithm.ED25519.verify(keys.getPublic(), BASE,
        Arrays.copyOf(signature, 63))).isFalse();
  }

  @Test
  void ecdsaP256VerifiesRawRAndSButNotDer() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair keys = generator.generateKeyPair();
    byte[] raw = sign("SHA256withECDSAinP1363Format", keys, BASE);
    byte[] der = sign("SHA256withECDSA", keys, BASE);

    assertThat(raw).hasSize(64);
    assertThat(SignatureAlgorithm.ECDSA_P256_SHA256.verify(keys.getPublic(), BASE, raw)).isTrue();
    assertThat(SignatureAlgorithm.ECDSA_P256_SHA256.verify(keys.getPublic(), OTHER_BASE, raw))
        .isFalse();
    assertThat(SignatureAlgorithm.ECDSA_P256_SHA256.verify(keys.getPublic(), BASE, der)).isFalse();
    assertThat(SignatureAlgorithm.ECDSA_P256_SHA256.verify(keys.getPublic(), BASE, flip(raw)))
        .isFalse();
  }

  @Test
  void hmacSha256ComparesTheWholeMac() throws Exception {
    byte[] secret = new byte[32];
    Arrays.fill(secret, (byte) 7);
    SecretKeySpec key = new SecretKeySpec(secret, "HmacSHA256");
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(key);
    byte[] signature = mac.doFinal(BASE);

    assertThat(SignatureAlgorithm.HMAC_SHA256.verify(key, BASE, signature)).isTrue();
    assertThat(SignatureAlgorithm.HMAC_SHA256.verify(key, OTHER_BASE, signature)).isFalse();
    assertThat(SignatureAlgorithm.HMAC_SHA256.verify(key, BASE, flip(signature))).isFalse();
    assertThat(SignatureAlgorithm.HMAC_SHA256.verify(key, BASE, Arrays.copyOf(signature, 16)))
        .isFalse();
  }

  @Test
  void anAsymmetricAlgorithmNeverVerifiesWithASecret() {
    SecretKeySpec secret = new SecretKeySpec(new byte[32], "HmacSHA256");
    assertThat(SignatureAlgorithm.ED25519.verify(secret, BASE, new byte[64])).isFalse();
  }

  @Test
  void tokensAreTheContractNames() {
    assertThat(SignatureAlgorithm.fromToken("ecdsa-p256-sha256"))
        .contains(SignatureAlgorithm.ECDSA_P256_SHA256);
    assertThat(SignatureAlgorithm.fromToken("rsa-pss-sha512")).isEmpty();
    assertThat(SignatureAlgorithm.fromToken("ED25519")).isEmpty();
  }

  private static byte[] sign(String algorithm, KeyPair keys, byte[] base) throws Exception {
    Signature signer = Signature.getInstance(algorithm);
    signer.initSign(keys.getPrivate());
    signer.update(base);
    return signer.sign();
  }

  private static byte[] flip(byte[] signature) {
    byte[] copy = signature.clone();
    copy[copy.length / 2] ^= 1;
    return copy;
  }
}
