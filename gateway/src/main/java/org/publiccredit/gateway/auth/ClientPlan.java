package org.publiccredit.gateway.auth;

/**
 * What a client may use, in cost units (a plain lookup costs 1; config/gateway/operation-costs.yml
 * prices the rest): a token bucket refilled at {@code requestsPerSecond} up to {@code burst}, and
 * {@code dailyQuota} per calendar day.
 */
public record ClientPlan(int requestsPerSecond, int burst, long dailyQuota) {

  public ClientPlan {
    if (requestsPerSecond < 1 || burst < requestsPerSecond || dailyQuota < 1) {
      throw new IllegalArgumentException("requests-per-second and daily-quota must be at least 1"
          + " and burst at least requests-per-second");
    }
  }
}
