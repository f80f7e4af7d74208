package org.publiccredit.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.publiccredit.gateway.auth.ClientPlan;
import org.publiccredit.gateway.ratelimit.RateLimitDecision.Daily;
import org.publiccredit.gateway.ratelimit.RateLimitDecision.Refusal;
import org.springframework.http.HttpHeaders;

class RateLimitHeadersTest {

  private static final ClientPlan PLAN = new ClientPlan(100, 200, 200_000);

  @Test
  void advertisesBothPoliciesAndWhatRemains() {
    HttpHeaders headers = new HttpHeaders();
    RateLimitHeaders.apply(headers,
        new RateLimitDecision(null, PLAN, 150, 1, true, new Daily(199_000, 3600), 0));

    assertThat(headers.getFirst("RateLimit-Policy"))
        .isEqualTo("\"burst\";q=200;w=2, \"daily\";q=200000;w=86400");
    assertThat(headers.getFirst("RateLimit"))
        .isEqualTo("\"burst\";r=150;t=1, \"daily\";r=199000;t=3600");
    assertThat(headers.containsHeader("Retry-After")).isFalse();
  }

  @Test
  void addsRetryAfterWhenRefused() {
    HttpHeaders headers = new HttpHeaders();
    RateLimitHeaders.apply(headers,
        new RateLimitDecision(Refusal.RATE_LIMITED, PLAN, 0, 2, true, null, 1));
    assertThat(headers.getFirst("Retry-After")).isEqualTo("1");
    assertThat(headers.getFirst("RateLimit-Policy")).endsWith("\"daily\";q=200000;w=86400");
    assertThat(headers.getFirst("RateLimit")).isEqualTo("\"burst\";r=0;t=2");
  }

  @Test
  void leavesTheDailyPolicyOutWhenItWasNotChecked() {
    HttpHeaders headers = new HttpHeaders();
    RateLimitHeaders.apply(headers, new RateLimitDecision(null, PLAN, 3, 2, false, null, 0));
    assertThat(headers.getFirst("RateLimit-Policy")).isEqualTo("\"burst\";q=200;w=2");
    assertThat(headers.getFirst("RateLimit")).isEqualTo("\"burst\";r=3;t=2");
  }
}
