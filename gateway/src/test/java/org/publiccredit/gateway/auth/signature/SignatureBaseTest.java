package org.publiccredit.gateway.auth.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.publiccredit.gateway.auth.signature.StructuredFields.InnerList;
import org.publiccredit.gateway.auth.signature.StructuredFields.Item;

class SignatureBaseTest {

  @Test
  void buildsTheBaseOfRfc9421AppendixB26() {
    var entry = StructuredFieldParser.parseDictionary(Rfc9421Example.SIGNATURE_INPUT).get("sig-b26");
    List<String> components = ((InnerList) entry.member()).items().stream()
        .map(i -> (String) i.value()).toList();
    ParsedSignature signature = signature(components, entry.raw());

    assertThat(SignatureBase.of(signature, Rfc9421Example.message()))
        .isEqualTo(Rfc9421Example.BASE);
  }

  @Test
  void derivesEveryComponentFromTheTargetUri() {
    SignedMessage message = message("GET", "HTTPS://API.Example.COM:443/a%20b/c?x=1&y=%2F");
    ParsedSignature signature = signature(List.of("@method", "@target-uri", "@authority",
        "@scheme", "@request-target", "@path", "@query"), "(…)");

    assertThat(SignatureBase.of(signature, message)).isEqualTo("""
        "@method": GET
        "@target-uri": https://api.example.com/a%20b/c?x=1&y=%2F
        "@authority": api.example.com
        "@scheme": https
        "@request-target": /a%20b/c?x=1&y=%2F
        "@path": /a%20b/c
        "@query": ?x=1&y=%2F
        "@signature-params": (…)""");
  }

  @Test
  void keepsANonDefaultPortAndGivesAnEmptyQueryAsQuestionMark() {
    SignedMessage message = message("POST", "http://localhost:8080/graphql");
    ParsedSignature signature =
        signature(List.of("@target-uri", "@authority", "@query", "@path"), "()");

    assertThat(SignatureBase.of(signature, message)).isEqualTo("""
        "@target-uri": http://localhost:8080/graphql
        "@authority": localhost:8080
        "@query": ?
        "@path": /graphql
        "@signature-params": ()""");
  }

  @Test
  void joinsRepeatedHeaderLinesAndTrimsThem() {
    SignedMessage message = new SignedMessage("POST", URI.create("http://h/"),
        Map.of("X-Example", List.of("  one ", "two  ")), new byte[0]);

    assertThat(SignatureBase.of(signature(List.of("x-example"), "()"), message))
        .startsWith("\"x-example\": one, two\n");
  }

  @Test
  void aCoveredHeaderTheRequestLacksIsAMissingComponent() {
    assertThatThrownBy(() -> SignatureBase.of(signature(List.of("content-digest"), "()"),
        message("POST", "http://h/")))
        .isInstanceOfSatisfying(SignatureException.class,
            e -> assertThat(e.failure()).isEqualTo(SignatureFailure.MISSING_COMPONENT));
  }

  @Test
  void refusesNonAsciiInTheBase() {
    SignedMessage message = new SignedMessage("POST", URI.create("http://h/"),
        Map.of("x-name", List.of("银行")), new byte[0]);
    assertThatThrownBy(() -> SignatureBase.bytes(signature(List.of("x-name"), "()"), message))
        .isInstanceOfSatisfying(SignatureException.class,
            e -> assertThat(e.failure()).isEqualTo(SignatureFailure.MALFORMED_SIGNATURE));
  }

  @Test
  void theRfcSignatureVerifiesOverTheBuiltBase() throws Exception {
    var entry = StructuredFieldParser.parseDictionary(Rfc9421Example.SIGNATURE_INPUT).get("sig-b26");
    List<String> components = ((InnerList) entry.member()).items().stream()
        .map(Item::value).map(String.class::cast).toList();
    byte[] base = SignatureBase.bytes(signature(components, entry.raw()), Rfc9421Example.message());

    assertThat(SignatureAlgorithm.ED25519.verify(Rfc9421Example.publicKey(), base,
        Rfc9421Example.signature())).isTrue();
  }

  private static SignedMessage message(String method, String uri) {
    return new SignedMessage(method, URI.create(uri), Map.of(), new byte[0]);
  }

  private static ParsedSignature signature(List<String> components, String params) {
    return new ParsedSignature(components, params, "k", "ed25519", "n", 0, null, new byte[0]);
  }
}
