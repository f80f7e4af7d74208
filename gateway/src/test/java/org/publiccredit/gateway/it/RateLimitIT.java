package org.publiccredit.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.publiccredit.signing.RequestSigner;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Plans enforced in Redis: the token bucket weighted by the operation's cost, the daily quota,
 * and the RateLimit fields on every answer. Each test uses its own client (state is in Redis).
 */
class RateLimitIT extends GatewayIntegrationTest {

  private static final Pattern BURST_REMAINING = Pattern.compile("\"burst\";r=(\\d+);t=(\\d+)");

  @Test
  void showsWhatRemainsUnderTheLimit() {
    WebTestClient.ResponseSpec response = call(signer("demo-bank"), query());

    response.expectStatus().isOk()
        .expectHeader().valueEquals("RateLimit-Policy",
            "\"burst\";q=200;w=2, \"daily\";q=200000;w=86400")
        .expectHeader().valueMatches("RateLimit",
            "\"burst\";r=\\d+;t=\\d+, \"daily\";r=\\d+;t=\\d+")
        .expectHeader().doesNotExist("Retry-After");
  }

  @Test
  void refusesOverTheBurstWithRetryAfterAndTheFields() {
    RequestSigner client = testClient(TestRegistry.LIMITED_CLIENT);
    startOfASecond();
    for (int i = 0; i < 5; i++) {
      call(client, query()).expectStatus().isOk();
    }
    GraphqlServiceStub.server().resetRequests();

    WebTestClient.ResponseSpec refused = call(client, query());

    refused.expectHeader().valueEquals("RateLimit-Policy",
            "\"burst\";q=5;w=5, \"daily\";q=1000;w=86400")
        .expectHeader().valueMatches("RateLimit", "\"burst\";r=0;t=[1-5]")
        .expectHeader().valueMatches("Retry-After", "[1-9]");
    assertRefused(refused, 429, "rate-limited");
  }

  @Test
  void chargesAnOperationItsCost() {
    RequestSigner client = testClient(TestRegistry.COSTLY_CLIENT);
    // dualCheck costs 20: the whole bucket of this client; a lookup right after does not fit.
    String dualCheck = "mutation { dualCheck(code: \"91370982MA3C4A1Q19\") { result } }";
    String remaining = call(client, graphql(dualCheck)).expectStatus().isOk()
        .returnResult(String.class).getResponseHeaders().getFirst("RateLimit");
    assertThat(burstRemaining(remaining)).isLessThanOrEqualTo(1);

    GraphqlServiceStub.server().resetRequests();
    call(client, graphql(dualCheck)).expectStatus().isEqualTo(429);
  }

  @Test
  void aliasesPayForEveryRootField() {
    RequestSigner client = testClient(TestRegistry.ALIASES_CLIENT);
    String three = "{ a: subject(code: \"1\") { name } b: subject(code: \"2\") { name }"
        + " c: creditReport(code: \"3\") { score } }";
    String before = call(client, query()).returnResult(String.class).getResponseHeaders()
        .getFirst("RateLimit");
    String after = call(client, graphql(three)).returnResult(String.class).getResponseHeaders()
        .getFirst("RateLimit");
    // 1 + 1 + 5 = 7 units, give or take the one unit a second that flows back in.
    assertThat(burstRemaining(before) - burstRemaining(after)).isBetween(5L, 7L);
  }

  @Test
  void refusesOverTheDailyQuotaUntilMidnightChinaStandardTime() {
    RequestSigner client = testClient(TestRegistry.QUOTA_CLIENT);
    for (int i = 0; i < 10; i++) {
      call(client, query()).expectStatus().isOk();
    }
    GraphqlServiceStub.server().resetRequests();

    WebTestClient.ResponseSpec refused = call(client, query());

    ZoneId chinaStandardTime = ZoneId.of("Asia/Shanghai");
    long untilMidnight = Duration.between(ZonedDateTime.now(chinaStandardTime),
        LocalDate.now(chinaStandardTime).plusDays(1).atStartOfDay(chinaStandardTime)).toSeconds();
    refused.expectHeader().value("Retry-After", retryAfter -> assertThat(Long.parseLong(retryAfter))
            .isBetween(untilMidnight - 5, untilMidnight + 5))
        .expectHeader().valueMatches("RateLimit", ".*\"daily\";r=0;t=\\d+");
    assertRefused(refused, 429, "daily-quota-exceeded");
  }

  private static long burstRemaining(String rateLimit) {
    Matcher matcher = BURST_REMAINING.matcher(rateLimit);
    assertThat(matcher.find()).as(rateLimit).isTrue();
    return Long.parseLong(matcher.group(1));
  }

  /**
   * The bucket script refills by Redis' TIME in whole seconds: six calls straddling a second
   * boundary would find one unit refilled. Starting just after a boundary keeps them in one.
   */
  private static void startOfASecond() {
    try {
      Thread.sleep(1000 - System.currentTimeMillis() % 1000 + 20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
