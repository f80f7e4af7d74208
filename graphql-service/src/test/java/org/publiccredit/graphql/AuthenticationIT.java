package org.publiccredit.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Only requests carrying a valid gateway identity token get in; anything else is a 401 problem. */
class AuthenticationIT extends ServiceIT {

  private static final String QUERY = "{ subject(code: \"91370982MA3C4A1Q19\") { name } }";

  @Test
  void validTokenGetsIn() {
    var response = graphQl().post(QUERY, Map.of(), TestTokens.gateway("subject:read"));
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body().at("/data/subject/name").asString()).isEqualTo("示范市鲁信农产品有限公司");
  }

  @Test
  void noTokenIsUnauthorized() {
    assertUnauthorized(null, "missing-identity-token");
  }

  @Test
  void tokenSignedWithAnotherKeyIsUnauthorized() {
    assertUnauthorized(TestTokens.signedWithOtherKey("subject:read"), "invalid-identity-token");
  }

  @Test
  void expiredTokenIsUnauthorized() {
    assertUnauthorized(TestTokens.expired("subject:read"), "invalid-identity-token");
  }

  @Test
  void tokenForAnotherAudienceIsUnauthorized() {
    assertUnauthorized(TestTokens.forAudience("subject:read", "gateway"), "invalid-identity-token");
  }

  @Test
  void garbageIsUnauthorized() {
    assertUnauthorized("not-a-jwt", "invalid-identity-token");
  }

  @Test
  void healthNeedsNoTokenAndIsUp() {
    var response = graphQl().get("/actuator/health");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body().get("status").asString()).isEqualTo("UP");
  }

  @Test
  void otherActuatorEndpointsNeedAToken() {
    assertThat(graphQl().get("/actuator/info").status()).isEqualTo(401);
  }

  private void assertUnauthorized(@Nullable String token, String reason) {
    var response = graphQl().post(QUERY, Map.of(), token);
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.body().get("status").asInt()).isEqualTo(401);
    assertThat(response.body().get("reason").asString()).isEqualTo(reason);
    assertThat(response.body().get("type").asString()).isEqualTo("urn:publiccredit:problem:" + reason);
  }
}
