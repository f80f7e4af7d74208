package org.publiccredit.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.publiccredit.graphql.profile.ProfileFixtures.TODAY;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.publiccredit.graphql.profile.ProfileFixtures;
import org.publiccredit.graphql.search.ElasticsearchRequests;
import org.publiccredit.graphql.search.RecordStore;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** searchSubjects against the real node, and the request count of a page of 50 subjects with their records. */
class SubjectSearchIT extends ServiceIT {

  private static final int PAGE = 50;
  private static boolean stored;

  private static final String SEARCH = """
      query($name: String, $type: SubjectType, $town: String, $first: Int, $after: String) {
        searchSubjects(name: $name, type: $type, town: $town, first: $first, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } edges { node { code name type town } }
        }
      }""";

  @Autowired
  RecordStore store;
  @Autowired
  ElasticsearchRequests requests;

  @BeforeEach
  void storeOnce() {
    if (stored) {
      return;
    }
    var fixtures = new ProfileFixtures(store, jsonMapper);
    for (int i = 1; i <= PAGE; i++) {
      String code = ProfileFixtures.uscc("BAT", i);
      fixtures.company(code, "示范市批量装载第" + i + "号贸易有限公司", i % 2 == 0 ? "东都镇" : "翟镇")
          .record(code, "bat-" + i + "-licence", "ADMINISTRATIVE_LICENSE", TODAY.minusDays(i)).add()
          .record(code, "bat-" + i + "-penalty", "ADMINISTRATIVE_PENALTY", TODAY.minusDays(i + 1))
          .attribute("CFLB", "罚款").attribute("NR_FK", "3").add();
    }
    fixtures.store();
    stored = true;
  }

  @Test
  void findsACompanyByAPartFromTheMiddleOfItsName() {
    JsonNode result = search(Map.of("name", "鲁信农产"), "subject:read");

    assertThat(result.get("edges").findValuesAsString("name")).containsExactly("示范市鲁信农产品有限公司");
    assertThat(result.get("totalCount").asInt()).isEqualTo(1);
  }

  @Test
  void charactersMustBeContiguous() {
    // 装 and 第 occur in all 50 batch names, but never next to each other (批量装载第1号...).
    JsonNode result = search(Map.of("name", "装第"), "subject:read");
    assertThat(result.get("edges").findValuesAsString("name")).allMatch(name -> name.contains("装第"));
    assertThat(search(Map.of("name", "装载第"), "subject:read").get("totalCount").asInt()).isEqualTo(PAGE);
  }

  @Test
  void filtersByTypeAndTownAndPagesThroughTheMatches() {
    Map<String, Object> variables = new HashMap<>(Map.of("name", "批量装载", "town", "东都镇", "type", "LEGAL_PERSON", "first", 10));
    JsonNode first = search(variables, "subject:read");
    assertThat(first.get("totalCount").asInt()).isEqualTo(25);
    variables.put("after", first.at("/pageInfo/endCursor").asString());
    JsonNode second = search(variables, "subject:read");

    List<String> codes = first.get("edges").findValuesAsString("code");
    codes.addAll(second.get("edges").findValuesAsString("code"));
    assertThat(codes).hasSize(20).doesNotHaveDuplicates();
    assertThat(first.get("edges").findValuesAsString("town")).containsOnly("东都镇");
  }

  @Test
  void aPersonsIdNumberIsMaskedWithoutPiiRead() {
    JsonNode masked = search(Map.of("name", "建国", "type", "NATURAL_PERSON"), "subject:read");
    assertThat(masked.get("edges").findValuesAsString("code")).contains("3709**********0017");
    JsonNode full = search(Map.of("name", "建国", "type", "NATURAL_PERSON"), "subject:read pii:read");
    assertThat(full.get("edges").findValuesAsString("code")).contains("370982198503120017");
  }

  @Test
  void aSearchWithoutCriteriaIsABadRequest() {
    var response = graphQl().post(SEARCH, Map.of(), TestTokens.gateway("subject:read"));
    assertThat(response.body().at("/errors/0/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
    assertThat(response.body().at("/errors/0/extensions/argument").asString()).isEqualTo("name");
  }

  @Test
  void searchNeedsSubjectRead() {
    var response = graphQl().post(SEARCH, Map.of("name", "鲁信"), TestTokens.gateway("profile:read"));
    assertThat(response.body().at("/errors/0/extensions/classification").asString()).isEqualTo("FORBIDDEN");
  }

  @Test
  void aPageOfFiftySubjectsWithRecordsAndProfilesCostsThreeElasticsearchRequests() {
    String query = """
        { searchSubjects(name: "批量装载", first: 50) { edges { node {
            code
            records(first: 5) { totalCount edges { node { id } } }
            profile {
              summary { totalRecords activeNegativeRecords }
              penalties(first: 5) { totalCount }
              licences(first: 5) { totalCount edges { node { id publicity { visible } } } }
              positiveRecords(first: 5) { totalCount }
              otherNegativeRecords(first: 5) { totalCount }
            }
        } } } }""";
    String token = TestTokens.gateway("subject:read profile:read");
    graphQl().post(query, Map.of(), token); // warm-up: nothing lazily initialised is counted below

    long before = requests.count();
    var response = graphQl().post(query, Map.of(), token);
    long used = requests.count() - before;

    assertThat(response.body().has("errors")).as(response.body().toString()).isFalse();
    JsonNode edges = response.body().at("/data/searchSubjects/edges");
    assertThat(edges).hasSize(PAGE);
    for (JsonNode edge : edges) {
      assertThat(edge.at("/node/records/totalCount").asInt()).isEqualTo(2);
      assertThat(edge.at("/node/profile/summary/totalRecords").asInt()).isEqualTo(2);
      assertThat(edge.at("/node/profile/penalties/totalCount").asInt()).isEqualTo(1);
      assertThat(edge.at("/node/profile/licences/totalCount").asInt()).isEqualTo(1);
      assertThat(edge.at("/node/profile/licences/edges/0/node/id").asString()).endsWith("-licence");
      assertThat(edge.at("/node/profile/otherNegativeRecords/totalCount").asInt()).isZero();
    }
    // One search for the subjects, one msearch for the record pages, one msearch for the profiles
    // (per subject one search for all its records, every section and count computed from them).
    assertThat(used).isEqualTo(3);
  }

  private JsonNode search(Map<String, Object> variables, String scopes) {
    var response = graphQl().post(SEARCH, variables, TestTokens.gateway(scopes));
    assertThat(response.body().has("errors")).as(response.body().toString()).isFalse();
    return response.body().at("/data/searchSubjects");
  }
}
