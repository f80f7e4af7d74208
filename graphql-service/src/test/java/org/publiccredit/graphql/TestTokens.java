package org.publiccredit.graphql;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;
import org.publiccredit.localstack.RepositoryLayout;

/** Identity tokens as the gateway mints them (contracts.md), and deliberately broken ones. */
public final class TestTokens {

  static final String ISSUER = "credit-open-api-gateway";
  static final String AUDIENCE = "graphql-service";

  private TestTokens() {}

  /** A token of the demo bank with the given space-separated scopes. */
  static String gateway(String scopes) {
    return sign(gatewayKey(), claims(scopes, ISSUER, AUDIENCE, Instant.now()));
  }

  /** A token of a client of the given type and institution. */
  public static String of(String clientId, String clientType, String institutionCode, String scopes) {
    return sign(gatewayKey(), claims(clientId, clientType, institutionCode, scopes, ISSUER, AUDIENCE, Instant.now()));
  }

  static String signedWithOtherKey(String scopes) {
    try {
      var generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return sign((ECPrivateKey) generator.generateKeyPair().getPrivate(), claims(scopes, ISSUER, AUDIENCE, Instant.now()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static String expired(String scopes) {
    return sign(gatewayKey(), claims(scopes, ISSUER, AUDIENCE, Instant.now().minusSeconds(60)));
  }

  static String forAudience(String scopes, String audience) {
    return sign(gatewayKey(), claims(scopes, ISSUER, audience, Instant.now()));
  }

  private static JWTClaimsSet claims(String scopes, String issuer, String audience, Instant issuedAt) {
    return claims("demo-bank", "BANK", "91370900MA3B0K2XXH", scopes, issuer, audience, issuedAt);
  }

  private static JWTClaimsSet claims(String clientId, String clientType, String institutionCode, String scopes,
      String issuer, String audience, Instant issuedAt) {
    return new JWTClaimsSet.Builder()
        .issuer(issuer)
        .audience(audience)
        .subject(clientId)
        .claim("client_type", clientType)
        .claim("institution_code", institutionCode)
        .claim("scope", scopes)
        .jwtID(UUID.randomUUID().toString())
        .issueTime(Date.from(issuedAt))
        .expirationTime(Date.from(issuedAt.plus(Duration.ofSeconds(30))))
        .build();
  }

  private static String sign(ECPrivateKey key, JWTClaimsSet claims) {
    try {
      var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.ES256), claims);
      jwt.sign(new ECDSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ECPrivateKey gatewayKey() {
    try {
      String pem = Files.readString(RepositoryLayout.config().resolve("demo-keys/gateway-token.key"));
      String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
      return (ECPrivateKey) KeyFactory.getInstance("EC")
          .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
