package org.publiccredit.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.security.KeyFactory;
import java.security.interfaces.ECPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.publiccredit.gateway.auth.AuthenticatedClient;
import org.publiccredit.gateway.auth.ClientPlan;
import org.publiccredit.gateway.auth.ClientType;
import org.publiccredit.localstack.RepositoryLayout;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;

class IdentityTokenMinterTest {

  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00.750Z");

  @Test
  void mintsAnEs256TokenTheServiceCanVerify() throws Exception {
    IdentityTokenMinter minter = new IdentityTokenMinter(
        IdentityTokenMinter.readKey(new FileSystemResource(
            RepositoryLayout.config().resolve("demo-keys/gateway-token.key"))),
        Clock.fixed(NOW, ZoneOffset.UTC), "credit-open-api-gateway", "graphql-service",
        Duration.ofSeconds(30));
    AuthenticatedClient client = new AuthenticatedClient("demo-bank", ClientType.BANK,
        "91370900MA3B0K2XXH", List.of("subject:read", "pii:read"), new ClientPlan(10, 20, 1000));

    SignedJWT jwt = SignedJWT.parse(minter.mint(IdentityTokenMinter.Caller.of(client)));

    assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
    assertThat(jwt.verify(new ECDSAVerifier(gatewayPublicKey()))).isTrue();
    JWTClaimsSet claims = jwt.getJWTClaimsSet();
    assertThat(claims.getIssuer()).isEqualTo("credit-open-api-gateway");
    assertThat(claims.getAudience()).containsExactly("graphql-service");
    assertThat(claims.getSubject()).isEqualTo("demo-bank");
    assertThat(claims.getStringClaim("client_type")).isEqualTo("BANK");
    assertThat(claims.getStringClaim("institution_code")).isEqualTo("91370900MA3B0K2XXH");
    assertThat(claims.getStringClaim("scope")).isEqualTo("subject:read pii:read");
    assertThat(claims.getJWTID()).isNotBlank();
    assertThat(claims.getIssueTime()).isEqualTo(Date.from(Instant.parse("2026-11-25T12:00:00Z")));
    assertThat(claims.getExpirationTime())
        .isEqualTo(Date.from(Instant.parse("2026-11-25T12:00:30Z")));
  }

  @Test
  void refusesAKeyThatIsNotAP256PrivateKey() {
    assertThatThrownBy(() -> IdentityTokenMinter.readKey(
        new FileSystemResource(RepositoryLayout.config().resolve("demo-keys/demo-bank.key"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not a PKCS#8 PEM EC private key");
    assertThatThrownBy(() -> IdentityTokenMinter.readKey(new ByteArrayResource(new byte[0])))
        .isInstanceOf(IllegalStateException.class);
  }

  static ECPublicKey gatewayPublicKey() throws Exception {
    String pem = Files.readString(RepositoryLayout.config().resolve("demo-keys/gateway-token.pub"))
        .replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "")
        .replaceAll("\\s", "");
    return (ECPublicKey) KeyFactory.getInstance("EC")
        .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
  }
}
