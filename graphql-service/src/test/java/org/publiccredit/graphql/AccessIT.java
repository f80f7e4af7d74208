package org.publiccredit.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** @requiresScope is enforced on every root field, default deny, from the gateway's token. */
class AccessIT extends ServiceIT {

  private static final String COMPANY = "91370982MA3C4A1Q19";
  private static final String SUBJECT = "query($c: ID!) { subject(code: $c) { name } }";

  @Test
  void aCallerWithTheScopeGetsTheField() {
    var body = graphQl().post(SUBJECT, Map.of("c", COMPANY), TestTokens.gateway("subject:read")).body();
    assertThat(body.has("errors")).as(body.toString()).isFalse();
    assertThat(body.at("/data/subject/name").asString()).isNotBlank();
  }

  @Test
  void aCallerWithoutTheScopeIsForbiddenNamingIt() {
    var body = graphQl().post(SUBJECT, Map.of("c", COMPANY),
        TestTokens.of("demo-portal", "PORTAL", "52370982MJD1735A4J", "disclosure:read inquiry:read-own report:verify")).body();
    JsonNode error = body.at("/errors/0");
    assertThat(body.at("/data/subject").isNull()).isTrue();
    assertThat(error.at("/extensions/classification").asString()).isEqualTo("FORBIDDEN");
    assertThat(error.at("/extensions/scope").asString()).isEqualTo("subject:read");
    assertThat(error.at("/path/0").asString()).isEqualTo("subject");
  }

  @Test
  void aMutationNeedsItsScope() {
    var body = graphQl().post("""
        mutation { submitRecords(input: {category: ADMINISTRATIVE_PENALTY, sourceDepartmentCode: "x", records: []}) { __typename } }""",
        Map.of(), TestTokens.gateway("subject:read")).body();
    assertThat(body.at("/errors/0/extensions/classification").asString()).isEqualTo("FORBIDDEN");
    assertThat(body.at("/errors/0/extensions/scope").asString()).isEqualTo("records:write");
  }

  @Test
  void aRootFieldWithoutTheDirectiveIsClosedToEveryone() {
    String everything = String.join(" ", org.publiccredit.graphql.security.Scopes.ALL);
    var body = graphQl().post("{ closedProbe }", Map.of(), TestTokens.gateway(everything)).body();
    assertThat(body.at("/data/closedProbe").isNull()).isTrue();
    assertThat(body.at("/errors/0/extensions/classification").asString()).isEqualTo("FORBIDDEN");
    assertThat(body.toString()).doesNotContain("should never be returned");
  }

  @Test
  void eachRootFieldIsCheckedOnItsOwn() {
    var body = graphQl().post("query($c: ID!) { subject(code: $c) { name } closedProbe }", Map.of("c", COMPANY),
        TestTokens.gateway("subject:read")).body();
    assertThat(body.at("/data/subject/name").asString()).isNotBlank();
    assertThat(body.at("/errors")).hasSize(1);
    assertThat(body.at("/errors/0/path/0").asString()).isEqualTo("closedProbe");
  }
}
