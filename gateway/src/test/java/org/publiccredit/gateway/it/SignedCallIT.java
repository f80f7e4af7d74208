package org.publiccredit.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyFactory;
import java.security.interfaces.ECPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.publiccredit.signing.SigningOptions;

/** A signed call per algorithm goes through, and the service sees the gateway's token only. */
class SignedCallIT extends GatewayIntegrationTest {

  @ParameterizedTest
  @CsvSource({
      "demo-bank, BANK, subject:read profile:read pii:read credit-report:read lending:dual-check "
          + "tax-rating:read disclosure:read report:verify",
      "demo-portal, PORTAL, disclosure:read inquiry:read-own report:verify",
      "demo-admin, PLATFORM_ADMIN, subject:read profile:read pii:read rejections:read audit:read "
          + "objection:decide repair:decide graphql:introspect report:verify",
      "demo-tax, TAX_BUREAU, subject:read tax-rating:write tax-rating:read report:verify",
      "demo-dept, DEPARTMENT, subject:read profile:read records:write rejections:read sanction:check "
          + "disclosure:read report:verify"})
  void aSignedCallReachesTheServiceWithAnIdentityToken(String clientId, String type,
      String scope) throws Exception {
    Map<String, String> headers = new HashMap<>(sign(signer(clientId), query()));
    headers.put("Authorization", "Bearer forged-by-the-client");
    headers.put("X-Request-Id", "chosen-by-the-client");

    var result = post(headers, query()).expectStatus().isOk()
        .expectBody().returnResult();
    byte[] answer = result.getResponseBody();

    assertThat(new String(answer, StandardCharsets.UTF_8)).isEqualTo(GraphqlServiceStub.ANSWER);
    List<LoggedRequest> forwarded = GraphqlServiceStub.graphqlRequests();
    assertThat(forwarded).hasSize(1);
    LoggedRequest request = forwarded.getFirst();
    assertThat(request.getBody()).isEqualTo(query());
    assertThat(request.containsHeader("Signature")).isFalse();
    assertThat(request.containsHeader("Signature-Input")).isFalse();
    assertThat(request.getHeaders().getHeader("Authorization").values()).hasSize(1);

    String authorization = request.getHeader("Authorization");
    assertThat(authorization).startsWith("Bearer ");
    SignedJWT jwt = SignedJWT.parse(authorization.substring("Bearer ".length()));
    assertThat(jwt.verify(new ECDSAVerifier(gatewayPublicKey()))).isTrue();
    JWTClaimsSet claims = jwt.getJWTClaimsSet();
    assertThat(claims.getIssuer()).isEqualTo("credit-open-api-gateway");
    assertThat(claims.getAudience()).containsExactly("graphql-service");
    assertThat(claims.getSubject()).isEqualTo(clientId);
    assertThat(claims.getStringClaim("client_type")).isEqualTo(type);
    assertThat(claims.getStringClaim("scope")).isEqualTo(scope);
    assertThat(claims.getStringClaim("institution_code")).isNotBlank();
    assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime())
        .isEqualTo(30_000);
    // A caller's token is reused until 10 s before its 30 s run out (decision 27): one minted
    // for an earlier case of the same client may be up to 20 s old, and iat is whole seconds.
    assertThat(claims.getIssueTime().toInstant()).isBetween(
        Instant.now().minusSeconds(21), Instant.now().plusSeconds(1));
    assertThat(claims.getJWTID()).isNotBlank();
    assertThat(request.getHeader("X-Request-Id"))
        .isEqualTo(result.getResponseHeaders().getFirst("X-Request-Id"))
        .isNotEqualTo("chosen-by-the-client");
  }

  @Test
  void aBodyNearTheLimitArrivesByteForByte() {
    byte[] body = ("{\"query\":\"{ subject(code: \\\"91370982MA3C4A1Q19\\\") { name } }\","
        + "\"variables\":{\"pad\":\"" + "x".repeat(60_000) + "\"}}").getBytes(StandardCharsets.UTF_8);

    post(sign(signer("demo-bank"), body), body).expectStatus().isOk();

    assertThat(GraphqlServiceStub.graphqlRequests().getFirst().getBody()).isEqualTo(body);
  }

  @Test
  void acceptsSha512AndTheAuthorityPathQueryForm() {
    SigningOptions options = SigningOptions.defaults().withDigestAlgorithm("sha-512")
        .withComponents(List.of("@method", "@authority", "@path", "@query", "content-digest"));
    post(sign(signer("demo-portal"), query(), options), query()).expectStatus().isOk();
  }

  @Test
  void ignoresForwardedHeadersUnlessConfiguredToTrustAProxy() {
    // Signed for the host a proxy would claim; without forward-headers-strategy it does not count.
    Map<String, String> headers = new HashMap<>(signer("demo-bank").sign("POST",
        java.net.URI.create("https://api.example.com/graphql"), query()));
    headers.put("X-Forwarded-Host", "api.example.com");
    headers.put("X-Forwarded-Proto", "https");
    headers.put("X-Forwarded-Port", "443");

    assertRefused(post(headers, query()), 401, "bad-signature");
  }

  static ECPublicKey gatewayPublicKey() throws Exception {
    String pem = Files.readString(TestRegistry.demoKey("gateway-token.pub"))
        .replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "")
        .replaceAll("\\s", "");
    return (ECPublicKey) KeyFactory.getInstance("EC")
        .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
  }
}
