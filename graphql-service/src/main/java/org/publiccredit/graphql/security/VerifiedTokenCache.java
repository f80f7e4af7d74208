package org.publiccredit.graphql.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Verifies the ES256 signature of each distinct identity token once. The gateway reuses one token
 * per client for most of its 30 s, and checking the same signature again was about 30% of this
 * service's CPU under load. The key is the whole compact token, signature included, so only a
 * byte-identical token that already passed is taken from the cache; its claims (expiry, issuer,
 * audience) are validated again on every use, so a cached token stops working when it expires.
 */
final class VerifiedTokenCache implements JwtDecoder {

  private final JwtDecoder verifier;
  private final OAuth2TokenValidator<Jwt> claims;
  private final Cache<String, Jwt> verified;

  /**
   * @param verifier the full check: signature and claims
   * @param claims the claim checks repeated on every use of a cached token
   * @param maxTokens how many verified tokens are kept (a few per client are live at any time)
   * @param keepFor how long a verified token is kept, at least the tokens' lifetime plus skew
   */
  VerifiedTokenCache(JwtDecoder verifier, OAuth2TokenValidator<Jwt> claims, long maxTokens, Duration keepFor) {
    this.verifier = verifier;
    this.claims = claims;
    this.verified = Caffeine.newBuilder().maximumSize(maxTokens).expireAfterWrite(keepFor).build();
  }

  @Override
  public Jwt decode(String token) {
    Jwt cached = verified.getIfPresent(token);
    if (cached == null) {
      Jwt jwt = verifier.decode(token);
      verified.put(token, jwt);
      return jwt;
    }
    OAuth2TokenValidatorResult result = claims.validate(cached);
    if (result.hasErrors()) {
      verified.invalidate(token);
      throw new JwtValidationException("The identity token is no longer valid", result.getErrors());
    }
    return cached;
  }
}
