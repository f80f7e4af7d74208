package org.publiccredit.gateway.ratelimit;

import org.jspecify.annotations.Nullable;
import org.publiccredit.gateway.auth.ClientPlan;

/**
 * Whether a call may go on, and what is left of the plan afterwards.
 *
 * @param refusal why the call is refused; null when it may go on
 * @param plan the plan enforced (this instance's share of it while Redis is away)
 * @param burstRemaining units left in the bucket
 * @param burstReset seconds until the bucket is full again
 * @param dailyEnforced whether the daily quota is in force (not while Redis is away)
 * @param daily what is left of the day's quota; null when it was not looked at
 * @param retryAfter seconds to wait before trying again, when refused
 */
record RateLimitDecision(
    @Nullable Refusal refusal,
    ClientPlan plan,
    long burstRemaining,
    long burstReset,
    boolean dailyEnforced,
    @Nullable Daily daily,
    long retryAfter) {

  boolean allowed() {
    return refusal == null;
  }

  /** @param remaining units left today @param reset seconds until the quota day ends */
  record Daily(long remaining, long reset) {}

  enum Refusal {
    RATE_LIMITED("rate-limited", "Rate limited",
        "This client's plan allows no more calls of this cost right now; retry after the"
            + " Retry-After seconds."),
    DAILY_QUOTA_EXCEEDED("daily-quota-exceeded", "Daily quota exceeded",
        "This client has used its daily quota; it renews at midnight China Standard Time.");

    final String reason;
    final String title;
    final String detail;

    Refusal(String reason, String title, String detail) {
      this.reason = reason;
      this.title = title;
      this.detail = detail;
    }
  }
}
