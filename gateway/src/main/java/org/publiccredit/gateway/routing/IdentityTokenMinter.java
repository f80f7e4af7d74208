package org.publiccredit.gateway.routing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.publiccredit.gateway.auth.AuthenticatedClient;
import org.publiccredit.gateway.auth.ClientType;
import org.springframework.core.io.Resource;

/** Mints the short-lived ES256 JWT that tells the GraphQL service who is calling. */
final class IdentityTokenMinter {

  private static final BigInteger P256_ORDER = new BigInteger(
      "FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16);
  private static final JWSHeader HEADER =
      new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT).build();

  private final JWSSigner signer;
  private final Clock clock;
  private final String issuer;
  private final String audience;
  private final Duration lifetime;

  IdentityTokenMinter(ECPrivateKey key, Clock clock, String issuer, String audience,
      Duration lifetime) {
    try {
      this.signer = new ECDSASigner(key);
    } catch (JOSEException e) {
      throw new IllegalArgumentException("The identity token key is not a P-256 key", e);
    }
    this.clock = clock;
    this.issuer = issuer;
    this.audience = audience;
    this.lifetime = lifetime;
  }

  /**
   * A token for the caller, valid for the configured lifetime from now (to the second). Its
   * {@code jti} is unique per token, not per request: a token serves a caller's requests until
   * {@link IdentityTokenCache} renews it; requests are told apart by {@code X-Request-Id}.
   */
  String mint(Caller caller) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    JWTClaimsSet claims = new JWTClaimsSet.Builder()
        .issuer(issuer)
        .audience(audience)
        .subject(caller.id())
        .claim("client_type", caller.type().name())
        .claim("institution_code", caller.institutionCode())
        .claim("scope", String.join(" ", caller.scopes()))
        .jwtID(UUID.randomUUID().toString())
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(lifetime)))
        .build();
    SignedJWT jwt = new SignedJWT(HEADER, claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("Could not sign the identity token", e);
    }
    return jwt.serialize();
  }

  Duration lifetime() {
    return lifetime;
  }

  /**
   * What a token says about its caller, and so what tells tokens apart: the client's plan is not
   * in it, so a changed plan keeps the token, while changed scopes (a registry reload) get a new
   * one at once.
   */
  record Caller(String id, ClientType type, String institutionCode, List<String> scopes) {

    Caller {
      scopes = List.copyOf(scopes);
    }

    static Caller of(AuthenticatedClient client) {
      return new Caller(client.id(), client.type(), client.institutionCode(), client.scopes());
    }
  }

  /** Reads a PKCS#8 PEM EC private key on P-256; anything else fails start-up. */
  static ECPrivateKey readKey(Resource resource) {
    String where = resource.getDescription();
    try {
      String pem = resource.getContentAsString(StandardCharsets.US_ASCII)
          .replace("-----BEGIN PRIVATE KEY-----", "")
          .replace("-----END PRIVATE KEY-----", "")
          .replaceAll("\\s", "");
      var spec = new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem));
      if (KeyFactory.getInstance("EC").generatePrivate(spec) instanceof ECPrivateKey key
          && key.getParams().getOrder().equals(P256_ORDER)) {
        return key;
      }
      throw new IllegalStateException("Identity token key " + where + " is not a P-256 key");
    } catch (IOException e) {
      throw new IllegalStateException("Identity token key " + where + " cannot be read", e);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "Identity token key " + where + " is not a PKCS#8 PEM EC private key", e);
    }
  }
}
