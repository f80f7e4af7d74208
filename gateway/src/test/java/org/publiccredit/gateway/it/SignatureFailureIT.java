package org.publiccredit.gateway.it;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.publiccredit.signing.RequestSigner;
import org.publiccredit.signing.SigningOptions;
import org.springframework.http.MediaType;

/** One test per refusal reason: a 401 problem with that reason, and nothing forwarded. */
class SignatureFailureIT extends GatewayIntegrationTest {

  @Test
  void missingSignature() {
    assertRefused(post(Map.of(), query()), 401, "missing-signature");
  }

  @Test
  void malformedSignature() {
    Map<String, String> headers = new HashMap<>(sign(signer("demo-bank"), query()));
    headers.put("Signature", "sig1=:not base64 at all:");
    assertRefused(post(headers, query()), 401, "malformed-signature");
  }

  @Test
  void unknownKey() {
    RequestSigner stranger =
        RequestSigner.fromKeyFile("no-such-client", TestRegistry.demoKey("demo-bank.key"));
    assertRefused(post(sign(stranger, query()), query()), 401, "unknown-key");
  }

  @Test
  void unsupportedAlgorithm() {
    Map<String, String> headers = new HashMap<>(sign(signer("demo-bank"), query()));
    headers.put("Signature-Input",
        headers.get("Signature-Input").replace("alg=\"ed25519\"", "alg=\"rsa-pss-sha512\""));
    assertRefused(post(headers, query()), 401, "unsupported-algorithm");
  }

  @Test
  void algorithmNotMatchingTheRegisteredKey() {
    RequestSigner hmacAsBank = RequestSigner.hmacSha256("demo-bank",
        "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
    assertRefused(post(sign(hmacAsBank, query()), query()), 401, "unsupported-algorithm");
  }

  @Test
  void missingCoveredComponent() {
    SigningOptions options =
        SigningOptions.defaults().withComponents(List.of("@method", "content-digest"));
    assertRefused(post(sign(signer("demo-bank"), query(), options), query()), 401,
        "missing-component");
  }

  @Test
  void staleCreated() {
    SigningOptions options = SigningOptions.defaults().withCreated(Instant.now().minusSeconds(400));
    assertRefused(post(sign(signer("demo-bank"), query(), options), query()), 401, "stale-created");
  }

  @Test
  void createdInTheFuture() {
    SigningOptions options = SigningOptions.defaults().withCreated(Instant.now().plusSeconds(400));
    assertRefused(post(sign(signer("demo-tax"), query(), options), query()), 401, "stale-created");
  }

  @Test
  void replayedNonce() {
    Map<String, String> headers = sign(signer("demo-dept"), query());
    post(headers, query()).expectStatus().isOk();
    GraphqlServiceStub.server().resetRequests();

    assertRefused(post(headers, query()), 401, "replayed-nonce");
  }

  @Test
  void digestMismatch() {
    byte[] other = "{\"query\":\"{ subject(code: \\\"370982198503120017\\\") { name } }\"}"
        .getBytes(StandardCharsets.UTF_8);
    assertRefused(post(sign(signer("demo-bank"), query()), other), 401, "digest-mismatch");
  }

  @Test
  void badSignature() {
    RequestSigner wrongKey =
        RequestSigner.fromKeyFile("demo-bank", TestRegistry.demoKey("demo-portal.key"));
    assertRefused(post(sign(wrongKey, query()), query()), 401, "bad-signature");
  }

  @Test
  void suspendedClient() {
    RequestSigner suspended = RequestSigner.fromKeyFile(TestRegistry.SUSPENDED_CLIENT,
        TestRegistry.demoKey("demo-portal.key"));
    assertRefused(post(sign(suspended, query()), query()), 401, "client-suspended");
  }

  @Test
  void aSignatureFromAnotherRequestDoesNotFit() {
    // Signed for /graphql, replayed at another path: the target URI no longer matches.
    Map<String, String> headers = sign(signer("demo-bank"), query());
    assertRefused(client().post().uri("/graphql/")
        .contentType(MediaType.APPLICATION_JSON)
        .headers(h -> headers.forEach(h::set))
        .bodyValue(query())
        .exchange(), 401, "bad-signature");
  }
}
