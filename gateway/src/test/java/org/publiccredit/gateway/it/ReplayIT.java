package org.publiccredit.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.publiccredit.signing.RequestSigner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * A routed call's nonce is claimed in the rate limiter's Redis script, or alone by a refusal
 * that comes before it (decision 64): a replay is refused 401 whatever its body, costs no tokens
 * and no quota, and the nonce stays used as long as before.
 */
class ReplayIT extends GatewayIntegrationTest {

  private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  @Autowired
  ReactiveStringRedisTemplate redis;

  @Test
  void aReplayIsRefusedWithoutTakingTokensOrQuota() {
    Map<String, String> headers = sign(testClient(TestRegistry.REPLAY_CLIENT), query());
    post(headers, query()).expectStatus().isOk();
    List<String> limits = limitKeys(TestRegistry.REPLAY_CLIENT);
    List<String> before = values(limits);
    assertThat(before).doesNotContainNull();
    GraphqlServiceStub.server().resetRequests();

    assertRefused(post(headers, query()), 401, "replayed-nonce");

    // The script returned before the bucket: the stored tokens, their timestamp and the day's
    // quota are as the first call left them (a bucket run would at least rewrite the timestamp
    // or the tokens once a second has passed, and the quota would count one more unit).
    assertThat(values(limits)).isEqualTo(before);
  }

  @Test
  void aReplayedMalformedRequestIsRefusedAsAReplay() {
    byte[] batched = "[{\"query\":\"{ a }\"}]".getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers = sign(signer("demo-dept"), batched);
    // Refused before the rate limiter, which would have claimed the nonce: claimed alone here.
    assertRefused(post(headers, batched), 400, "batched-requests-refused");

    assertRefused(post(headers, batched), 401, "replayed-nonce");
  }

  @Test
  void aReplayedGetIsRefusedAsAReplayNotAsAWrongMethod() {
    RequestSigner signer = signer("demo-dept");
    Map<String, String> headers = signer.sign("GET", graphqlUri(), new byte[0]);
    client().get().uri("/graphql").headers(h -> headers.forEach(h::set)).exchange()
        .expectStatus().isEqualTo(405);

    assertRefused(client().get().uri("/graphql").headers(h -> headers.forEach(h::set))
        .exchange(), 401, "replayed-nonce");
  }

  @Test
  void theNonceStaysUsedForTheNonceTtlUnderTheClientsHashTag() {
    Map<String, String> headers = sign(signer("demo-bank"), query());
    post(headers, query()).expectStatus().isOk();

    String key = "gateway:nonce:{demo-bank}:" + nonce(headers);
    Long ttl = redis.getExpire(key).map(Duration::toMillis).block(TIMEOUT);
    // platform.gateway.nonce-ttl, 10 minutes, as when the nonce was a SET NX of its own.
    assertThat(ttl).isBetween(Duration.ofMinutes(10).minusSeconds(30).toMillis(),
        Duration.ofMinutes(10).toMillis());
  }

  private static String nonce(Map<String, String> headers) {
    String input = headers.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase("Signature-Input")).findFirst().orElseThrow()
        .getValue();
    Matcher matcher = NONCE.matcher(input);
    assertThat(matcher.find()).as("nonce in %s", input).isTrue();
    return matcher.group(1);
  }

  private static List<String> limitKeys(String clientId) {
    String rate = "gateway:rate:{" + clientId + "}";
    String day = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    return List.of(rate + ".tokens", rate + ".timestamp",
        "gateway:quota:{" + clientId + "}:" + day);
  }

  private List<String> values(List<String> keys) {
    return redis.opsForValue().multiGet(keys).block(TIMEOUT);
  }
}
