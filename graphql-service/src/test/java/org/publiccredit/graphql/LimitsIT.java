package org.publiccredit.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Every request limit answers with a coded BAD_REQUEST error (never a 500), before anything is fetched. */
class LimitsIT extends ServiceIT {

  private static final String COMPANY = "91370982MA3C4A1Q19";
  private static final String BANK = "subject:read pii:read";
  private static final String DEVELOPER = "subject:read graphql:introspect";

  @Test
  void tooDeepIsRefused() {
    String deep = "{ __schema { types { fields { type" + " { ofType".repeat(12) + " { name }" + " }".repeat(12)
        + " } } } }";
    assertLimit(graphQl().post(deep, Map.of(), TestTokens.gateway(DEVELOPER)), "MAX_DEPTH_EXCEEDED", 15);
  }

  @Test
  void tooCostlyIsRefused() {
    String page = "records(first: 100) { edges { node { id category title documentNumber decisionDate validFrom validUntil"
        + " summary authority { name code } sourceDepartment { name code } } } }";
    StringBuilder query = new StringBuilder("{");
    for (int i = 0; i < 4; i++) {
      query.append(" s").append(i).append(": subject(code: \"").append(COMPANY).append("\") { ").append(page).append(" }");
    }
    assertLimit(graphQl().post(query.append(" }").toString(), Map.of(), TestTokens.gateway(BANK)),
        "MAX_COMPLEXITY_EXCEEDED", 5000);
  }

  @Test
  void aPageOfRecordsIsWithinTheLimits() {
    String query = "{ subject(code: \"" + COMPANY + "\") { records(first: 100) { edges { node { id category title"
        + " documentNumber decisionDate validFrom validUntil summary authority { name code } sourceDepartment { name code } } } } } }";
    JsonNode body = graphQl().post(query, Map.of(), TestTokens.gateway(BANK)).body();
    assertThat(body.has("errors")).as(body.toString()).isFalse();
  }

  @Test
  void tooManyAliasesAreRefused() {
    StringBuilder names = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      names.append(" n").append(i).append(": name");
    }
    String query = "{ subject(code: \"" + COMPANY + "\") {" + names + " } }";
    assertLimit(graphQl().post(query, Map.of(), TestTokens.gateway(BANK)), "MAX_ALIASES_EXCEEDED", 15);
  }

  @Test
  void tooManyRootFieldsAreRefused() {
    StringBuilder query = new StringBuilder("{");
    for (int i = 0; i < 11; i++) {
      query.append(" s").append(i).append(": subject(code: \"").append(COMPANY).append("\") { name }");
    }
    assertLimit(graphQl().post(query.append(" }").toString(), Map.of(), TestTokens.gateway(BANK)),
        "MAX_ROOT_FIELDS_EXCEEDED", 10);
  }

  @Test
  void tooLongADocumentIsRefusedUnparsed() {
    String query = "{ subject(code: \"" + COMPANY + "\") { name } }" + " ".repeat(16_400);
    assertLimit(graphQl().post(query, Map.of(), TestTokens.gateway(BANK)), "MAX_DOCUMENT_SIZE_EXCEEDED", 16384);
  }

  @Test
  void tooManyTokensAreRefused() {
    String query = "{ subject(code: \"" + COMPANY + "\") { " + "name ".repeat(2100) + "} }";
    var response = graphQl().post(query, Map.of(), TestTokens.gateway(BANK));
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body().at("/errors/0/extensions/code").asString()).as(response.body().toString())
        .isEqualTo("MAX_TOKENS_EXCEEDED");
    assertThat(response.body().at("/errors/0/extensions/limit").asInt()).isEqualTo(2000);
  }

  @Test
  void introspectionOnlyWithTheDeveloperScope() {
    String query = "{ __schema { queryType { fields { name } } } }";
    JsonNode refused = graphQl().post(query, Map.of(), TestTokens.gateway(BANK)).body();
    assertThat(refused.at("/errors/0/extensions/code").asString()).isEqualTo("INTROSPECTION_DISABLED");
    assertThat(refused.toString()).doesNotContain("submitRecords");

    JsonNode type = graphQl().post("{ __type(name: \"Subject\") { fields { name } } }", Map.of(),
        TestTokens.gateway(BANK)).body();
    assertThat(type.at("/errors/0/extensions/code").asString()).isEqualTo("INTROSPECTION_DISABLED");

    JsonNode allowed = graphQl().post(query, Map.of(), TestTokens.gateway(DEVELOPER)).body();
    assertThat(allowed.has("errors")).as(allowed.toString()).isFalse();
    assertThat(allowed.toString()).contains("rejectedRecords");
  }

  @Test
  void aDevelopersToolsGetTheFullIntrospection() {
    JsonNode body = graphQl().post(graphql.introspection.IntrospectionQuery.INTROSPECTION_QUERY, Map.of(),
        TestTokens.gateway(DEVELOPER)).body();
    assertThat(body.has("errors")).as(body.toString()).isFalse();
    assertThat(body.at("/data/__schema/types").size()).isPositive();
  }

  @Test
  void anUnknownFieldSuggestsNothing() {
    JsonNode body = graphQl().post("{ subject(code: \"" + COMPANY + "\") { nam } }", Map.of(), TestTokens.gateway(BANK)).body();
    String message = body.at("/errors/0/message").asString();
    assertThat(message).contains("nam").doesNotContain("Did you mean").doesNotContain("'name'");
    assertThat(body.at("/errors/0/extensions/classification").asString()).isEqualTo("ValidationError");
  }

  @Test
  void getIsRefusedForQueriesAndMutations() {
    for (String query : new String[] {"{ subject(code: \"" + COMPANY + "\") { name } }",
        "mutation { submitRecords(input: {category: RED_LIST, sourceDepartmentCode: \"x\", records: []}) { __typename } }"}) {
      var response = graphQl().get("/graphql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
          TestTokens.gateway(BANK + " records:write"));
      assertThat(response.status()).as(query).isEqualTo(405);
      assertThat(response.header("Allow")).isEqualTo("POST");
      assertThat(response.body().at("/reason").asString()).isEqualTo("method-not-allowed");
    }
  }

  @Test
  void getNeedsATokenFirst() {
    assertThat(graphQl().get("/graphql?query=%7B__typename%7D").status()).isEqualTo(401);
  }

  @Test
  void aBatchIsRefused() {
    String one = "{\"query\":\"{ subject(code: \\\"" + COMPANY + "\\\") { name } }\"}";
    var response = graphQl().postRaw(" \n[" + one + "," + one + "]", TestTokens.gateway(BANK));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    assertThat(response.body().at("/reason").asString()).isEqualTo("batched-requests-refused");
    assertThat(response.body().toString()).doesNotContain("示范");

    var single = graphQl().postRaw("  " + one, TestTokens.gateway(BANK));
    assertThat(single.body().at("/data/subject/name").asString()).isNotBlank();
  }

  private static void assertLimit(GraphQlHttp.Response response, String code, int limit) {
    assertThat(response.status()).isEqualTo(200);
    JsonNode error = response.body().at("/errors/0");
    assertThat(error.at("/extensions/code").asString()).as(response.body().toString()).isEqualTo(code);
    assertThat(error.at("/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
    assertThat(error.at("/extensions/limit").asInt()).isEqualTo(limit);
    assertThat(error.at("/extensions/actual").asInt()).isGreaterThan(limit);
    assertThat(response.body().at("/data").isMissingNode() || response.body().at("/data").isNull()).isTrue();
  }

  @Autowired
  BulkheadRegistry bulkheads;

  @Test
  void requestsInFlightAreBoundedAsConfigured() {
    // Without its entry in application.yml the bulkhead would silently take Resilience4j's default of 25.
    var config = bulkheads.bulkhead("graphqlRequests").getBulkheadConfig();
    assertThat(config.getMaxConcurrentCalls()).isEqualTo(512);
    assertThat(config.getMaxWaitDuration()).isEqualTo(Duration.ofMillis(100));
  }
}
