package org.publiccredit.graphql.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.proc.SingleKeyJWSKeySelector;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Builds the decoder for the gateway's ES256 tokens. NimbusJwtDecoder.withPublicKey accepts RSA
 * keys only, so the Nimbus processor is assembled here: signature with exactly ES256 and the one
 * key, then Spring's validators for issuer, audience and a required, unexpired {@code exp}. Each
 * distinct token's signature is verified once ({@link VerifiedTokenCache}).
 */
final class IdentityTokenDecoder {

  /** Live tokens are a few per client (one per gateway instance and scope set); room for thousands of clients. */
  private static final long MAX_CACHED_TOKENS = 10_000;
  /** Longer than any token lives (30 s plus skew); the claims are checked on every use anyway. */
  private static final Duration CACHE_FOR = Duration.ofMinutes(2);

  private IdentityTokenDecoder() {}

  static JwtDecoder create(IdentityTokenProperties properties) {
    var processor = new DefaultJWTProcessor<SecurityContext>();
    processor.setJWSKeySelector(new SingleKeyJWSKeySelector<>(JWSAlgorithm.ES256, readKey(properties.tokenPublicKey())));
    // Claims are checked by the Spring validators below, with our skew, not Nimbus' 60 s default.
    processor.setJWTClaimsSetVerifier((claims, context) -> {});
    var decoder = new NimbusJwtDecoder(processor);
    OAuth2TokenValidator<Jwt> claims = claimValidator(properties, Clock.systemUTC());
    decoder.setJwtValidator(claims);
    return new VerifiedTokenCache(decoder, claims, MAX_CACHED_TOKENS, CACHE_FOR);
  }

  static OAuth2TokenValidator<Jwt> claimValidator(IdentityTokenProperties properties, Clock clock) {
    var timestamps = new JwtTimestampValidator(properties.clockSkew());
    timestamps.setClock(clock);
    return new DelegatingOAuth2TokenValidator<>(
        timestamps,
        new JwtIssuerValidator(properties.issuer()),
        new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
            aud -> aud != null && aud.contains(properties.audience())),
        new JwtClaimValidator<Instant>(JwtClaimNames.EXP, exp -> exp != null));
  }

  static ECPublicKey readKey(Resource pem) {
    try {
      String base64 = pem.getContentAsString(StandardCharsets.US_ASCII)
          .replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "")
          .replaceAll("\\s", "");
      var spec = new X509EncodedKeySpec(Base64.getDecoder().decode(base64));
      return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(spec);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the identity token public key " + pem.getDescription(), e);
    } catch (GeneralSecurityException | ClassCastException | IllegalArgumentException e) {
      throw new IllegalStateException("The identity token public key is not an EC public key in PEM", e);
    }
  }
}
