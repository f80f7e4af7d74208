package org.publiccredit.gateway.routing;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.publiccredit.gateway.auth.AuthenticatedClient;
import org.publiccredit.gateway.routing.IdentityTokenMinter.Caller;

/**
 * One identity token per caller (client id, type, institution and scopes), reused until
 * {@code renewBefore} its expiry. ECDSA signing was the largest single cost of a call (about
 * 20% of the gateway's CPU) when every request got its own token; the token carries nothing
 * about the request, whose id travels in {@code X-Request-Id}. A forwarded token has at least
 * {@code renewBefore} (less the second {@code iat} is truncated by) left to live, so the
 * service's check does not race its expiry. Concurrent requests of a caller whose token is
 * missing wait for one signature rather than each signing (Caffeine computes a key once).
 */
final class IdentityTokenCache {

  /** Far above the number of registered clients; a bound only against a registry gone wild. */
  private static final int MAX_CALLERS = 10_000;

  private final Cache<Caller, String> tokens;
  private final IdentityTokenMinter minter;

  IdentityTokenCache(IdentityTokenMinter minter, Duration renewBefore, Clock clock) {
    Duration reuse = minter.lifetime().minus(renewBefore);
    if (reuse.isNegative() || reuse.isZero()) {
      throw new IllegalArgumentException("renew-before (" + renewBefore
          + ") must be shorter than the token lifetime (" + minter.lifetime() + ")");
    }
    this.minter = minter;
    // The gateway's Clock rather than System.nanoTime, so that tests can move time.
    Ticker ticker = () -> TimeUnit.MILLISECONDS.toNanos(clock.millis());
    this.tokens = Caffeine.newBuilder()
        .ticker(ticker)
        .expireAfterWrite(reuse)
        .maximumSize(MAX_CALLERS)
        .executor(Runnable::run)
        .build();
  }

  String tokenFor(AuthenticatedClient client) {
    return tokens.get(Caller.of(client), minter::mint);
  }
}
