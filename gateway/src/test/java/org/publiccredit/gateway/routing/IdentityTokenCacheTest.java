package org.publiccredit.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.publiccredit.gateway.auth.AuthenticatedClient;
import org.publiccredit.gateway.auth.ClientPlan;
import org.publiccredit.gateway.auth.ClientType;
import org.publiccredit.localstack.RepositoryLayout;
import org.springframework.core.io.FileSystemResource;

class IdentityTokenCacheTest {

  private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T12:00:00.250Z"));
  private final IdentityTokenMinter minter = new IdentityTokenMinter(
      IdentityTokenMinter.readKey(new FileSystemResource(
          RepositoryLayout.config().resolve("demo-keys/gateway-token.key"))),
      clock, "credit-open-api-gateway", "graphql-service", Duration.ofSeconds(30));
  private final IdentityTokenCache cache =
      new IdentityTokenCache(minter, Duration.ofSeconds(10), clock);

  @Test
  void reusesACallersTokenWhileItHasMoreThanRenewBeforeToLive() throws Exception {
    String first = cache.tokenFor(bank(List.of("subject:read")));
    clock.advance(Duration.ofSeconds(19));

    String later = cache.tokenFor(bank(List.of("subject:read")));

    assertThat(later).isSameAs(first);
    assertThat(lifeLeft(later)).isGreaterThanOrEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void mintsANewTokenBeforeTheOldOneGetsShortOfLife() throws Exception {
    String first = cache.tokenFor(bank(List.of("subject:read")));
    clock.advance(Duration.ofSeconds(20));

    String renewed = cache.tokenFor(bank(List.of("subject:read")));

    assertThat(renewed).isNotEqualTo(first);
    assertThat(claims(renewed).getIssueTime().toInstant())
        .isEqualTo(Instant.parse("2026-11-25T12:00:20Z"));
    assertThat(lifeLeft(renewed)).isGreaterThan(Duration.ofSeconds(29));
    assertThat(claims(renewed).getJWTID()).isNotEqualTo(claims(first).getJWTID());
  }

  @Test
  void callersWithOtherScopesOrAnotherIdGetTheirOwnToken() throws Exception {
    String bank = cache.tokenFor(bank(List.of("subject:read")));
    String moreScopes = cache.tokenFor(bank(List.of("subject:read", "pii:read")));
    String other = cache.tokenFor(new AuthenticatedClient("demo-portal", ClientType.PORTAL,
        "11370900MB0000000X", List.of("subject:read"), new ClientPlan(10, 20, 1000)));

    assertThat(List.of(bank, moreScopes, other)).doesNotHaveDuplicates();
    assertThat(claims(moreScopes).getStringClaim("scope")).isEqualTo("subject:read pii:read");
    assertThat(claims(other).getSubject()).isEqualTo("demo-portal");
    assertThat(claims(other).getStringClaim("client_type")).isEqualTo("PORTAL");
  }

  @Test
  void aChangedPlanKeepsTheToken() {
    String first = cache.tokenFor(bank(List.of("subject:read")));
    AuthenticatedClient raised = new AuthenticatedClient("demo-bank", ClientType.BANK,
        "91370900MA3B0K2XXH", List.of("subject:read"), new ClientPlan(500, 1000, 1_000_000));

    assertThat(cache.tokenFor(raised)).isSameAs(first);
  }

  @Test
  void refusesARenewalMarginThatLeavesNoReuse() {
    assertThatThrownBy(() -> new IdentityTokenCache(minter, Duration.ofSeconds(30), clock))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("renew-before");
  }

  private Duration lifeLeft(String token) throws Exception {
    return Duration.between(clock.instant(), claims(token).getExpirationTime().toInstant());
  }

  private static JWTClaimsSet claims(String token) throws Exception {
    return SignedJWT.parse(token).getJWTClaimsSet();
  }

  private static AuthenticatedClient bank(List<String> scopes) {
    return new AuthenticatedClient("demo-bank", ClientType.BANK, "91370900MA3B0K2XXH", scopes,
        new ClientPlan(10, 20, 1000));
  }

  /** A clock the test moves. */
  private static final class MovableClock extends Clock {

    private Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
