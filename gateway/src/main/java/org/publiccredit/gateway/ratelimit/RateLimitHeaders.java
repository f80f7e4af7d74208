package org.publiccredit.gateway.ratelimit;

import org.publiccredit.gateway.auth.ClientPlan;
import org.publiccredit.gateway.ratelimit.RateLimitDecision.Daily;
import org.springframework.http.HttpHeaders;

/**
 * The IETF RateLimit-Policy and RateLimit fields (draft-ietf-httpapi-ratelimit-headers-11,
 * structured-field lists): one policy for the token bucket, named "burst", whose window is the
 * time the bucket takes to fill (burst / rate seconds), and one for the "daily" quota. The unit is
 * the gateway's cost unit (a lookup costs 1); no "qu" is sent since the draft's registry has no
 * such unit. While Redis is away the daily policy is not enforced and not advertised.
 */
final class RateLimitHeaders {

  static final String POLICY = "RateLimit-Policy";
  static final String STATE = "RateLimit";
  private static final long DAY_SECONDS = 86_400;

  private RateLimitHeaders() {}

  static void apply(HttpHeaders headers, RateLimitDecision decision) {
    ClientPlan plan = decision.plan();
    long window = Math.max(1, (plan.burst() + plan.requestsPerSecond() - 1)
        / plan.requestsPerSecond());
    String policy = "\"burst\";q=" + plan.burst() + ";w=" + window;
    String state = "\"burst\";r=" + decision.burstRemaining() + ";t=" + decision.burstReset();
    if (decision.dailyEnforced()) {
      policy += ", \"daily\";q=" + plan.dailyQuota() + ";w=" + DAY_SECONDS;
    }
    // A call refused by the bucket never looked at the quota: only what is known is shown.
    Daily daily = decision.daily();
    if (daily != null) {
      state += ", \"daily\";r=" + Math.max(0, daily.remaining()) + ";t=" + daily.reset();
    }
    headers.set(POLICY, policy);
    headers.set(STATE, state);
    if (!decision.allowed()) {
      headers.set(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfter()));
    }
  }
}
