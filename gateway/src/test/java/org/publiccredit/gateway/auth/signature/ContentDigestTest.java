package org.publiccredit.gateway.auth.signature;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentDigestTest {

  private static final byte[] BODY = "{\"query\":\"{ subject(code: \\\"x\\\") { name } }\"}"
      .getBytes(UTF_8);

  @Test
  void acceptsAMatchingSha256OrSha512() {
    assertThatCode(() -> ContentDigest.check(message("sha-256=" + digest("SHA-256", BODY), BODY)))
        .doesNotThrowAnyException();
    assertThatCode(() -> ContentDigest.check(message("sha-512=" + digest("SHA-512", BODY), BODY)))
        .doesNotThrowAnyException();
  }

  @Test
  void theRfc9421ExampleDigestMatchesItsBody() {
    assertThatCode(() -> ContentDigest.check(Rfc9421Example.message())).doesNotThrowAnyException();
  }

  @Test
  void aDigestOfOtherBytesIsAMismatch() {
    byte[] tampered = "{\"query\":\"{ __schema { types { name } } }\"}".getBytes(UTF_8);
    assertFailure(message("sha-256=" + digest("SHA-256", BODY), tampered),
        SignatureFailure.DIGEST_MISMATCH);
  }

  @Test
  void everyKnownDigestMustMatchNotJustOne() {
    String header = "sha-256=" + digest("SHA-256", BODY) + ", sha-512=" + digest("SHA-512", "x"
        .getBytes(UTF_8));
    assertFailure(message(header, BODY), SignatureFailure.DIGEST_MISMATCH);
  }

  @Test
  void unknownAlgorithmsAreIgnoredButOneKnownIsRequired() {
    assertThatCode(() -> ContentDigest.check(message("md5=:AAAA:, sha-256="
        + digest("SHA-256", BODY), BODY))).doesNotThrowAnyException();
    assertFailure(message("sha=:AAAA:", BODY), SignatureFailure.UNSUPPORTED_ALGORITHM);
  }

  @Test
  void aDigestThatIsNotAByteSequenceIsMalformed() {
    assertFailure(message("sha-256=\"abc\"", BODY), SignatureFailure.MALFORMED_SIGNATURE);
    assertFailure(message("sha-256=:abc", BODY), SignatureFailure.MALFORMED_SIGNATURE);
  }

  @Test
  void anEmptyBodyHasADigestToo() {
    assertThatCode(() -> ContentDigest.check(message("sha-256=" + digest("SHA-256", new byte[0]),
        new byte[0]))).doesNotThrowAnyException();
  }

  @Test
  void noHeaderIsAMissingComponent() {
    SignedMessage message = new SignedMessage("POST", URI.create("http://h/"), Map.of(), BODY);
    assertFailure(message, SignatureFailure.MISSING_COMPONENT);
  }

  private static void assertFailure(SignedMessage message, SignatureFailure failure) {
    assertThatThrownBy(() -> ContentDigest.check(message))
        .isInstanceOfSatisfying(SignatureException.class,
            e -> assertThat(e.failure()).isEqualTo(failure));
  }

  private static SignedMessage message(String contentDigest, byte[] body) {
    return new SignedMessage("POST", URI.create("http://h/graphql"),
        Map.of("Content-Digest", List.of(contentDigest)), body);
  }

  private static String digest(String algorithm, byte[] body) {
    return ":" + Base64.getEncoder().encodeToString(ContentDigest.digest(algorithm, body)) + ":";
  }
}
