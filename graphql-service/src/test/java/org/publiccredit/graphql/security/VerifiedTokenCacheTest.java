package org.publiccredit.graphql.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/** Each distinct token is verified once; its claims are checked on every use. */
class VerifiedTokenCacheTest {

  private static final Instant ISSUED = Instant.parse("2026-11-25T08:00:00Z");
  private static final IdentityTokenProperties PROPERTIES = new IdentityTokenProperties(
      new ByteArrayResource(new byte[0]), "credit-open-api-gateway", "graphql-service", Duration.ofSeconds(5));

  private final AtomicInteger verifications = new AtomicInteger();
  private final MovableClock clock = new MovableClock(ISSUED.plusSeconds(1));

  private final JwtDecoder verifier = token -> {
    verifications.incrementAndGet();
    if (!token.startsWith("good")) {
      throw new BadJwtException("bad signature");
    }
    return Jwt.withTokenValue(token).header("alg", "ES256").issuer("credit-open-api-gateway")
        .audience(List.of("graphql-service")).subject("demo-bank")
        .issuedAt(ISSUED).expiresAt(ISSUED.plusSeconds(30)).build();
  };
  private final VerifiedTokenCache cache = new VerifiedTokenCache(verifier,
      IdentityTokenDecoder.claimValidator(PROPERTIES, clock), 100, Duration.ofMinutes(2));

  @Test
  void aTokenSeenBeforeIsNotVerifiedAgain() {
    assertThat(cache.decode("good.token.1").getSubject()).isEqualTo("demo-bank");
    assertThat(cache.decode("good.token.1").getSubject()).isEqualTo("demo-bank");
    assertThat(verifications).hasValue(1);

    cache.decode("good.token.2");
    assertThat(verifications).hasValue(2);
  }

  @Test
  void aRefusedTokenIsNeverCachedAndRefusedEachTime() {
    assertThatThrownBy(() -> cache.decode("forged.token")).isInstanceOf(BadJwtException.class);
    assertThatThrownBy(() -> cache.decode("forged.token")).isInstanceOf(BadJwtException.class);
    assertThat(verifications).hasValue(2);
  }

  @Test
  void aCachedTokenStopsWorkingWhenItExpires() {
    cache.decode("good.token.1");
    clock.now = ISSUED.plusSeconds(30 + 5 + 1); // past exp plus the skew

    assertThatThrownBy(() -> cache.decode("good.token.1")).isInstanceOf(JwtValidationException.class);
  }

  private static final class MovableClock extends Clock {
    Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
