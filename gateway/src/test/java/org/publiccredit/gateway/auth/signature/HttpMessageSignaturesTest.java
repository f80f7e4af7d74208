package org.publiccredit.gateway.auth.signature;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.publiccredit.signing.RequestSigner;
import org.publiccredit.signing.SigningOptions;

/** The whole check against the reference signer, so both sides agree on RFC 9421. */
class HttpMessageSignaturesTest {

  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  private static final URI TARGET = URI.create("http://localhost:8080/graphql");
  private static final byte[] BODY = "{\"query\":\"{ subject(code: \\\"91370982MA3C4A1Q19\\\") { name } }\"}"
      .getBytes(UTF_8);

  private final HttpMessageSignatures signatures =
      new HttpMessageSignatures(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(300));
  private final KeyPair ed25519 = generate("Ed25519", null);
  private final KeyPair p256 = generate("EC", "secp256r1");
  private final byte[] secret = "0123456789abcdef0123456789abcdef".getBytes(UTF_8);

  @Test
  void verifiesEachAlgorithmFromTheReferenceSigner() {
    assertVerifies(RequestSigner.ed25519("demo-bank", ed25519.getPrivate()),
        new VerificationKey(SignatureAlgorithm.ED25519, ed25519.getPublic()));
    assertVerifies(RequestSigner.ecdsaP256Sha256("demo-tax", p256.getPrivate()),
        new VerificationKey(SignatureAlgorithm.ECDSA_P256_SHA256, p256.getPublic()));
    assertVerifies(RequestSigner.hmacSha256("demo-dept", secret),
        new VerificationKey(SignatureAlgorithm.HMAC_SHA256, new SecretKeySpec(secret, "HmacSHA256")));
  }

  @Test
  void acceptsAuthorityPathAndQueryInsteadOfTargetUriAndSha512() {
    SigningOptions options = options().withDigestAlgorithm("sha-512").withComponents(
        List.of("@method", "@authority", "@path", "@query", "content-digest"));
    SignedMessage message = message(sign(options), BODY);
    assertThatCode(() -> verify(message)).doesNotThrowAnyException();
  }

  @Test
  void parsesTheSignatureParameters() {
    ParsedSignature parsed = signatures.parse(message(sign(options().withNonce("abc")), BODY));
    assertThat(parsed.keyId()).isEqualTo("demo-bank");
    assertThat(parsed.algorithm()).isEqualTo("ed25519");
    assertThat(parsed.nonce()).isEqualTo("abc");
    assertThat(parsed.created()).isEqualTo(NOW.getEpochSecond());
    assertThat(parsed.components()).containsExactly("@method", "@target-uri", "content-digest");
  }

  @Test
  void noSignatureHeadersIsAMissingSignature() {
    assertFailure(message(Map.of(), BODY), SignatureFailure.MISSING_SIGNATURE);
  }

  @Test
  void brokenHeadersAreMalformed() {
    assertFailure(tampered(h -> h.remove("Signature")), SignatureFailure.MALFORMED_SIGNATURE);
    assertFailure(tampered(h -> h.put("Signature", "sig1=\"text\"")),
        SignatureFailure.MALFORMED_SIGNATURE);
    assertFailure(tampered(h -> h.put("Signature-Input", h.get("Signature-Input") + ",")),
        SignatureFailure.MALFORMED_SIGNATURE);
    assertFailure(tampered(h -> h.put("Signature-Input",
        h.get("Signature-Input").replace("sig1=", "sig2="))), SignatureFailure.MALFORMED_SIGNATURE);
    assertFailure(tampered(h -> h.put("Signature-Input",
        h.get("Signature-Input").replaceAll(";nonce=\"[^\"]*\"", ""))),
        SignatureFailure.MALFORMED_SIGNATURE);
    assertFailure(tampered(h -> h.put("Signature-Input",
        h.get("Signature-Input").replaceAll("created=\\d+", "created=\"now\""))),
        SignatureFailure.MALFORMED_SIGNATURE);
    assertFailure(tampered(h -> h.put("Signature-Input",
        h.get("Signature-Input").replace("\"@method\"", "\"@method\";req"))),
        SignatureFailure.MALFORMED_SIGNATURE);
    assertFailure(tampered(h -> h.put("Signature-Input",
        h.get("Signature-Input").replace("\"@method\"", "\"@status\""))),
        SignatureFailure.MALFORMED_SIGNATURE);
  }

  @Test
  void requiresMethodTargetAndDigestCoverage() {
    assertFailure(message(sign(options().withComponents(List.of("@target-uri", "content-digest"))),
        BODY), SignatureFailure.MISSING_COMPONENT);
    assertFailure(message(sign(options().withComponents(
        List.of("@method", "@authority", "@path", "content-digest"))), BODY),
        SignatureFailure.MISSING_COMPONENT);
    assertFailure(message(sign(options().withComponents(List.of("@method", "@target-uri"))),
        BODY), SignatureFailure.MISSING_COMPONENT);
  }

  @Test
  void aBodylessRequestNeedsNoDigest() {
    Map<String, String> headers = RequestSigner.ed25519("demo-bank", ed25519.getPrivate())
        .sign("POST", TARGET, null, options().withComponents(List.of("@method", "@target-uri")));
    assertThatCode(() -> verify(message(headers, new byte[0]))).doesNotThrowAnyException();
  }

  @Test
  void createdMustBeWithinTheSkewEitherWay() {
    assertThatCode(() -> verify(message(sign(options().withCreated(NOW.minusSeconds(300))), BODY)))
        .doesNotThrowAnyException();
    assertFailure(message(sign(options().withCreated(NOW.minusSeconds(301))), BODY),
        SignatureFailure.STALE_CREATED);
    assertFailure(message(sign(options().withCreated(NOW.plusSeconds(301))), BODY),
        SignatureFailure.STALE_CREATED);
  }

  @Test
  void aTamperedBodyIsADigestMismatch() {
    byte[] other = "{\"query\":\"{ subject(code: \\\"370982198503120017\\\") { name } }\"}"
        .getBytes(UTF_8);
    assertFailure(message(sign(options()), other), SignatureFailure.DIGEST_MISMATCH);
  }

  @Test
  void aTamperedSignedComponentIsABadSignature() {
    Map<String, String> headers = sign(options());
    SignedMessage otherTarget = new SignedMessage("POST", URI.create("http://localhost:8080/other"),
        multi(headers), BODY);
    assertFailure(otherTarget, SignatureFailure.BAD_SIGNATURE);
    assertFailure(tampered(h -> h.put("Signature-Input",
        h.get("Signature-Input").replace("keyid=", "tag=\"x\";keyid="))),
        SignatureFailure.BAD_SIGNATURE);
  }

  @Test
  void aKeyOfAnotherAlgorithmIsRefused() {
    SignedMessage message = message(sign(options()), BODY);
    ParsedSignature parsed = signatures.parse(message);
    VerificationKey hmac =
        new VerificationKey(SignatureAlgorithm.HMAC_SHA256, new SecretKeySpec(secret, "HmacSHA256"));
    assertThatThrownBy(() -> signatures.verify(parsed, message, hmac))
        .isInstanceOfSatisfying(SignatureException.class,
            e -> assertThat(e.failure()).isEqualTo(SignatureFailure.UNSUPPORTED_ALGORITHM));
  }

  private void assertVerifies(RequestSigner signer, VerificationKey key) {
    SignedMessage message = message(signer.sign("POST", TARGET, BODY, options()), BODY);
    assertThatCode(() -> signatures.verify(signatures.parse(message), message, key))
        .doesNotThrowAnyException();
  }

  private void verify(SignedMessage message) {
    signatures.verify(signatures.parse(message), message,
        new VerificationKey(SignatureAlgorithm.ED25519, ed25519.getPublic()));
  }

  private void assertFailure(SignedMessage message, SignatureFailure failure) {
    assertThatThrownBy(() -> verify(message))
        .isInstanceOfSatisfying(SignatureException.class,
            e -> assertThat(e.failure()).isEqualTo(failure));
  }

  private SignedMessage tampered(Consumer<Map<String, String>> change) {
    Map<String, String> headers = new HashMap<>(sign(options()));
    change.accept(headers);
    return message(headers, BODY);
  }

  private Map<String, String> sign(SigningOptions options) {
    return RequestSigner.ed25519("demo-bank", ed25519.getPrivate()).sign("POST", TARGET, BODY,
        options);
  }

  private static SigningOptions options() {
    return SigningOptions.defaults().withCreated(NOW);
  }

  private static SignedMessage message(Map<String, String> headers, byte[] body) {
    return new SignedMessage("POST", TARGET, multi(headers), body);
  }

  private static Map<String, List<String>> multi(Map<String, String> headers) {
    Map<String, List<String>> multi = new HashMap<>();
    headers.forEach((name, value) -> multi.put(name, List.of(value)));
    return multi;
  }

  private static KeyPair generate(String algorithm, String curve) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
      if (curve != null) {
        generator.initialize(new ECGenParameterSpec(curve));
      }
      return generator.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
