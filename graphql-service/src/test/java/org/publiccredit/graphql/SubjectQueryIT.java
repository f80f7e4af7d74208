package org.publiccredit.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

@ExtendWith(OutputCaptureExtension.class)
class SubjectQueryIT extends ServiceIT {

  private static final String COMPANY = "91370982MA3C4A1Q19";
  private static final String PERSON = "370982198503120017";

  private static final String SUBJECT = """
      query Subject($code: ID!) {
        subject(code: $code) {
          code name type town
          registration { legalRepresentative establishedDate registeredCapital address industry status registrationAuthority }
        }
      }""";

  private static final String RECORDS = """
      query Records($code: ID!, $first: Int, $after: String) {
        subject(code: $code) {
          records(first: $first, after: $after) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage endCursor }
            edges { cursor node { id category title documentNumber authority { name code } decisionDate validFrom validUntil summary sourceDepartment { name code } } }
          }
        }
      }""";

  @Test
  void findsTheCompanyByItsCode() {
    var response = graphQl().post(SUBJECT, Map.of("code", COMPANY), TestTokens.gateway("subject:read"));

    assertThat(response.status()).isEqualTo(200);
    JsonNode subject = response.body().at("/data/subject");
    assertThat(subject.get("code").asString()).isEqualTo(COMPANY);
    assertThat(subject.get("name").asString()).isEqualTo("示范市鲁信农产品有限公司");
    assertThat(subject.get("type").asString()).isEqualTo("LEGAL_PERSON");
    assertThat(subject.at("/registration/legalRepresentative").asString()).isEqualTo("刘德顺");
    assertThat(subject.at("/registration/establishedDate").asString()).isEqualTo("2016-04-18");
    assertThat(subject.at("/registration/registeredCapital").asString()).isEqualTo("500.00");
    assertThat(response.body().has("errors")).isFalse();
  }

  @Test
  void pagesThroughTheCompanysRecords() {
    String token = TestTokens.gateway("subject:read");
    JsonNode first = graphQl().post(RECORDS, Map.of("code", COMPANY, "first", 3), token).body().at("/data/subject/records");
    assertThat(first.get("totalCount").asInt()).isEqualTo(6);
    assertThat(first.at("/pageInfo/hasNextPage").asBoolean()).isTrue();
    assertThat(first.at("/pageInfo/hasPreviousPage").asBoolean()).isFalse();
    assertThat(first.get("edges")).hasSize(3);

    Map<String, Object> next = new HashMap<>(Map.of("code", COMPANY, "first", 3));
    next.put("after", first.at("/pageInfo/endCursor").asString());
    JsonNode second = graphQl().post(RECORDS, next, token).body().at("/data/subject/records");
    assertThat(second.at("/pageInfo/hasNextPage").asBoolean()).isFalse();
    assertThat(second.get("edges")).hasSize(3);

    List<String> ids = new ArrayList<>();
    List<String> dates = new ArrayList<>();
    List<String> categories = new ArrayList<>();
    for (JsonNode page : List.of(first, second)) {
      page.get("edges").forEach(edge -> {
        ids.add(edge.at("/node/id").asString());
        dates.add(edge.at("/node/decisionDate").asString());
        categories.add(edge.at("/node/category").asString());
      });
    }
    assertThat(ids).doesNotHaveDuplicates().hasSize(6);
    assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(categories).contains("ADMINISTRATIVE_LICENSE", "ADMINISTRATIVE_PENALTY", "RED_LIST", "TAX_RATING");
    JsonNode penalty = find(first, second, "ADMINISTRATIVE_PENALTY");
    assertThat(penalty.at("/documentNumber").asString()).isEqualTo("示市监处罚〔2024〕58号");
    assertThat(penalty.at("/authority/name").asString()).isEqualTo("示范市市场监督管理局");
    assertThat(penalty.at("/sourceDepartment/code").asString()).isEqualTo("113709820042116306");
  }

  @Test
  void showsThePersonsIdNumberOnlyWithPiiRead(CapturedOutput output) {
    var withPii = graphQl().post(SUBJECT, Map.of("code", PERSON), TestTokens.gateway("subject:read pii:read"));
    assertThat(withPii.body().at("/data/subject/code").asString()).isEqualTo(PERSON);
    assertThat(withPii.body().at("/data/subject/name").asString()).isEqualTo("王建国");
    assertThat(withPii.body().at("/data/subject/type").asString()).isEqualTo("NATURAL_PERSON");
    assertThat(withPii.body().at("/data/subject/registration").isNull()).isTrue();

    var masked = graphQl().post(SUBJECT, Map.of("code", PERSON), TestTokens.gateway("subject:read"));
    assertThat(masked.body().at("/data/subject/code").asString()).isEqualTo("3709**********0017");

    var records = graphQl().post(RECORDS, Map.of("code", PERSON, "first", 10), TestTokens.gateway("subject:read"));
    assertThat(records.body().at("/data/subject/records/totalCount").asInt()).isEqualTo(3);

    assertThat(output.getAll()).doesNotContain(PERSON);
  }

  @Test
  void wrongCheckCharacterIsABadRequestNamingTheArgument() {
    var response = graphQl().post(SUBJECT, Map.of("code", "91370982MA3C4A1Q18"), TestTokens.gateway("subject:read"));

    JsonNode error = response.body().at("/errors/0");
    assertThat(response.body().at("/data/subject").isNull()).isTrue();
    assertThat(error.at("/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
    assertThat(error.at("/extensions/argument").asString()).isEqualTo("code");
    assertThat(error.at("/extensions/reason").asString()).isEqualTo("CHECK_CHARACTER_MISMATCH");
    assertThat(error.get("message").asString()).contains("'code'").contains("check character");
  }

  @Test
  void wrongCheckCharacterOfAnIdNumberDoesNotEchoIt(CapturedOutput output) {
    var response = graphQl().post(SUBJECT, Map.of("code", "370982198503120018"), TestTokens.gateway("subject:read"));

    assertThat(response.body().at("/errors/0/extensions/reason").asString()).isEqualTo("CHECK_CHARACTER_MISMATCH");
    assertThat(response.body().toString()).doesNotContain("370982198503120018");
    assertThat(output.getAll()).doesNotContain("370982198503120018");
  }

  @Test
  void unknownSubjectIsNotFound() {
    var response = graphQl().post(SUBJECT, Map.of("code", "91370900MA3B0K2XXH"), TestTokens.gateway("subject:read"));

    assertThat(response.body().at("/data/subject").isNull()).isTrue();
    assertThat(response.body().at("/errors/0/extensions/classification").asString()).isEqualTo("NOT_FOUND");
  }

  @Test
  void missingScopeIsForbiddenNamingTheScope() {
    var response = graphQl().post(SUBJECT, Map.of("code", COMPANY), TestTokens.gateway("disclosure:read"));

    JsonNode error = response.body().at("/errors/0");
    assertThat(response.body().at("/data/subject").isNull()).isTrue();
    assertThat(error.at("/extensions/classification").asString()).isEqualTo("FORBIDDEN");
    assertThat(error.at("/extensions/scope").asString()).isEqualTo("subject:read");
    assertThat(error.get("message").asString()).contains("subject:read");
  }

  @Test
  void pageSizeIsBounded() {
    var response = graphQl().post(RECORDS, Map.of("code", COMPANY, "first", 101), TestTokens.gateway("subject:read"));

    JsonNode error = response.body().at("/errors/0");
    assertThat(error.at("/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
    assertThat(error.at("/extensions/argument").asString()).isEqualTo("first");
  }

  @Test
  void firstDefaultsToTwentyEvenWhenPassedAsNull() {
    Map<String, Object> variables = new HashMap<>(Map.of("code", COMPANY));
    variables.put("first", null);
    var response = graphQl().post(RECORDS, variables, TestTokens.gateway("subject:read"));

    assertThat(response.body().has("errors")).isFalse();
    assertThat(response.body().at("/data/subject/records/edges")).hasSize(6);
  }

  @Test
  void zeroRecordsIsABadRequest() {
    var response = graphQl().post(RECORDS, Map.of("code", COMPANY, "first", 0), TestTokens.gateway("subject:read"));

    assertThat(response.body().at("/errors/0/extensions/argument").asString()).isEqualTo("first");
  }

  @Test
  void foreignCursorIsABadRequest() {
    var response = graphQl().post(RECORDS, Map.of("code", COMPANY, "first", 2, "after", "bm9wZQ"),
        TestTokens.gateway("subject:read"));

    assertThat(response.body().at("/errors/0/extensions/argument").asString()).isEqualTo("after");
    assertThat(response.body().at("/errors/0/extensions/reason").asString()).isEqualTo("INVALID_CURSOR");
  }

  private static JsonNode find(JsonNode first, JsonNode second, String category) {
    for (JsonNode page : List.of(first, second)) {
      for (JsonNode edge : page.get("edges")) {
        if (edge.at("/node/category").asString().equals(category)) {
          return edge.get("node");
        }
      }
    }
    throw new AssertionError("no " + category);
  }
}
