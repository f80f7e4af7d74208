package org.publiccredit.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.publiccredit.graphql.profile.ProfileFixtures.TODAY;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.publiccredit.graphql.profile.ProfileFixtures;
import org.publiccredit.graphql.search.RecordStore;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The credit profile through GraphQL, against records stored in the real Elasticsearch node. */
class ProfileQueryIT extends ServiceIT {

  static final String COMPANY = ProfileFixtures.uscc("PRF", 1);
  private static boolean stored;

  private static final String ARREARS = ProfileFixtures.uscc("PGD", 1);

  static final String PROFILE = """
      query Profile($code: ID!) {
        subject(code: $code) {
          name
          profile {
            registration { legalRepresentative }
            licences { totalCount edges { node { id publicity { visible until rule } } } }
            penalties(first: 100) { totalCount edges { node { id penaltyCategories fineAmount publicity { visible until rule citation underObjection } } } }
            listMemberships { totalCount edges { node { id title listStatus listName publicity { visible rule } } } }
            taxRatings { edges { node { id taxLevel publicity { visible rule } } } }
            commitments { edges { node { id fulfilment commitmentType publicity { visible rule } } } }
            positiveRecords { totalCount }
            otherNegativeRecords { totalCount }
            summary { totalRecords activeNegativeRecords latestTaxLevel recordsUnderObjection
                      countsByCategory { category count } currentLists { category name since recordId } }
            complete
          }
        }
      }""";

  @Autowired
  RecordStore store;

  @BeforeEach
  void storeOnce() {
    if (stored) {
      return;
    }
    var f = new ProfileFixtures(store, jsonMapper).company(COMPANY, "示范市档案测试机械有限公司", "羊流镇");
    String p = "prf-";
    f.record(COMPANY, p + "licence", "ADMINISTRATIVE_LICENSE", TODAY.minusDays(100)).add()
        .record(COMPANY, p + "warning", "ADMINISTRATIVE_PENALTY", TODAY.minusDays(10)).attribute("CFLB", "警告").add()
        .record(COMPANY, p + "minor-expired", "ADMINISTRATIVE_PENALTY", TODAY.minusDays(200))
        .attribute("CFLB", "罚款").attribute("NR_FK", "0.5").add()
        .record(COMPANY, p + "general", "ADMINISTRATIVE_PENALTY", TODAY.minusDays(30))
        .attribute("CFLB", "警告;罚款").attribute("NR_FK", "2").add()
        .record(COMPANY, p + "severe", "ADMINISTRATIVE_PENALTY", TODAY.minusDays(400)).attribute("CFLB", "吊销许可证件").add()
        .record(COMPANY, p + "repaired", "ADMINISTRATIVE_PENALTY", TODAY.minusDays(60)).attribute("CFLB", "罚款")
        .state(Map.of("repairedOn", TODAY.minusDays(5))).add()
        .record(COMPANY, p + "withdrawn", "ADMINISTRATIVE_PENALTY", TODAY.minusDays(50)).attribute("CFLB", "罚款")
        .state(Map.of("withdrawnOn", TODAY.minusDays(1))).add()
        .record(COMPANY, p + "objected", "ADMINISTRATIVE_PENALTY", TODAY.minusDays(20)).attribute("CFLB", "罚款")
        .state(Map.of("objectionSince", TODAY.minusDays(2))).add()
        .record(COMPANY, p + "black-old", "BLACK_LIST", TODAY.minusYears(6)).title("02").attribute("listType", "02")
        .valid(TODAY.minusYears(6), TODAY.minusYears(4)).add()
        .record(COMPANY, p + "black", "BLACK_LIST", TODAY.minusDays(100)).title("03").attribute("listType", "03")
        .valid(TODAY.minusDays(100), TODAY.plusDays(300)).add()
        .record(COMPANY, p + "abnormal-in", "ABNORMAL_OPERATION", TODAY.minusDays(300)).title("1")
        .documentNumber("ABN-1").attribute("action", "1").add()
        .record(COMPANY, p + "abnormal-out", "ABNORMAL_OPERATION", TODAY.minusDays(200)).title("2")
        .documentNumber("ABN-2").attribute("action", "2").attribute("entryDocumentNumber", "ABN-1").add()
        .record(COMPANY, p + "red", "RED_LIST", TODAY.minusDays(80)).title("03").attribute("listType", "03")
        .valid(TODAY.minusDays(80), TODAY.plusYears(2)).add()
        .record(COMPANY, p + "tax-a", "TAX_RATING", TODAY.minusDays(200)).title("A").attribute("level", "A").add()
        .record(COMPANY, p + "tax-c", "TAX_RATING", TODAY.minusDays(565)).title("C").attribute("level", "C").add()
        .record(COMPANY, p + "commitment-public", "CREDIT_COMMITMENT", TODAY.minusDays(90))
        .attribute("disclosure", "1").attribute("fulfilment", "1").attribute("commitmentType", "01").add()
        .record(COMPANY, p + "commitment-private", "CREDIT_COMMITMENT", TODAY.minusDays(95))
        .attribute("disclosure", "3").attribute("commitmentType", "02").add()
        .record(COMPANY, p + "positive", "POSITIVE_RECORD", TODAY.minusDays(70)).add()
        .record(COMPANY, p + "arrears", "OTHER_NEGATIVE", TODAY.minusDays(40)).add();
    f.company(ARREARS, "示范市档案分页测试有限公司", "羊流镇");
    for (int i = 1; i <= 5; i++) {
      f.record(ARREARS, "arr-" + i, "OTHER_NEGATIVE", TODAY.minusDays(10L * i)).valid(null, i == 3 ? TODAY.minusDays(1) : null).add();
    }
    f.record(ARREARS, "arr-old", "OTHER_NEGATIVE", TODAY.minusYears(6)).add()
        .store();
    stored = true;
  }

  @Test
  void aBankSeesWhatThePublicSeesWithTheRuleOfEachRecord() {
    JsonNode profile = profile(TestTokens.gateway("subject:read profile:read"));

    assertThat(ids(profile.at("/penalties"))).containsExactlyInAnyOrder("prf-general", "prf-severe", "prf-objected");
    JsonNode general = node(profile.at("/penalties"), "prf-general");
    assertThat(general.at("/publicity/rule").asString()).isEqualTo("PENALTY_GENERAL");
    assertThat(general.at("/publicity/until").asString()).isEqualTo(TODAY.minusDays(30).plusYears(1).minusDays(1).toString());
    assertThat(general.at("/publicity/citation").asString()).contains("NDRC");
    assertThat(general.at("/penaltyCategories").toString()).isEqualTo("[\"警告\",\"罚款\"]");
    assertThat(general.at("/fineAmount").asString()).isEqualTo("2");
    assertThat(node(profile.at("/penalties"), "prf-severe").at("/publicity/rule").asString()).isEqualTo("PENALTY_SEVERE");
    assertThat(node(profile.at("/penalties"), "prf-objected").at("/publicity/underObjection").asBoolean()).isTrue();

    assertThat(ids(profile.at("/listMemberships")))
        .containsExactlyInAnyOrder("prf-black", "prf-abnormal-in", "prf-abnormal-out", "prf-red");
    JsonNode black = node(profile.at("/listMemberships"), "prf-black");
    assertThat(black.get("listStatus").asString()).isEqualTo("ACTIVE");
    assertThat(black.get("listName").asString()).isEqualTo("安全生产严重失信主体");
    assertThat(black.get("title").asString()).isEqualTo("安全生产严重失信主体");
    assertThat(node(profile.at("/listMemberships"), "prf-abnormal-in").get("listStatus").asString()).isEqualTo("REMOVED");

    assertThat(ids(profile.at("/taxRatings"))).containsExactly("prf-tax-a");
    assertThat(ids(profile.at("/commitments"))).containsExactly("prf-commitment-public");
    assertThat(node(profile.at("/commitments"), "prf-commitment-public").get("fulfilment").asString()).isEqualTo("全部履行");

    JsonNode summary = profile.at("/summary");
    // general, severe, objected penalties; the black list entry; the unsettled arrears.
    assertThat(summary.get("activeNegativeRecords").asInt()).isEqualTo(5);
    assertThat(summary.get("latestTaxLevel").asString()).isEqualTo("A");
    assertThat(summary.get("recordsUnderObjection").asInt()).isEqualTo(1);
    assertThat(summary.get("currentLists").findValuesAsString("recordId")).containsExactlyInAnyOrder("prf-black", "prf-red");
    assertThat(profile.get("complete").asBoolean()).isTrue();
  }

  @Test
  void aGovernmentClientSeesEveryRecordHeldAndWhyItIsOutOfPublicView() {
    JsonNode profile = profile(TestTokens.of("demo-dept", "DEPARTMENT", ProfileFixtures.DEPARTMENT, "subject:read profile:read"));

    JsonNode penalties = profile.at("/penalties");
    assertThat(penalties.get("totalCount").asInt()).isEqualTo(7);
    assertThat(rule(penalties, "prf-warning")).isEqualTo("PENALTY_WARNING_ONLY");
    assertThat(rule(penalties, "prf-minor-expired")).isEqualTo("PENALTY_MINOR");
    assertThat(rule(penalties, "prf-repaired")).isEqualTo("REPAIRED");
    assertThat(rule(penalties, "prf-withdrawn")).isEqualTo("WITHDRAWN");
    for (String hidden : new String[] {"prf-warning", "prf-minor-expired", "prf-repaired", "prf-withdrawn"}) {
      assertThat(node(penalties, hidden).at("/publicity/visible").asBoolean()).as(hidden).isFalse();
    }
    assertThat(node(penalties, "prf-minor-expired").at("/publicity/until").asString())
        .isEqualTo(TODAY.minusDays(200).plusMonths(3).minusDays(1).toString());
    JsonNode lists = profile.at("/listMemberships");
    assertThat(rule(lists, "prf-black-old")).isEqualTo("DISHONESTY");
    assertThat(node(lists, "prf-black-old").at("/publicity/visible").asBoolean()).isFalse();
    assertThat(node(lists, "prf-black-old").get("listStatus").asString()).isEqualTo("EXPIRED");
    assertThat(ids(profile.at("/taxRatings"))).containsExactly("prf-tax-a", "prf-tax-c");
    assertThat(rule(profile.at("/taxRatings"), "prf-tax-c")).isEqualTo("TAX_RATING_A_ONLY");
    assertThat(ids(profile.at("/commitments"))).containsExactlyInAnyOrder("prf-commitment-public", "prf-commitment-private");
    assertThat(profile.at("/summary/totalRecords").asInt()).isEqualTo(19);
  }

  @Test
  void theProfileNeedsProfileRead() {
    var response = graphQl().post(PROFILE, Map.of("code", COMPANY), TestTokens.gateway("subject:read"));

    assertThat(response.body().at("/data/subject/name").asString()).isEqualTo("示范市档案测试机械有限公司");
    assertThat(response.body().at("/data/subject/profile").isNull()).isTrue();
    assertThat(response.body().at("/errors/0/extensions/classification").asString()).isEqualTo("FORBIDDEN");
    assertThat(response.body().at("/errors/0/extensions/requiredScope").asString()).isEqualTo("profile:read");
  }

  @Test
  void pagedSectionsAreSearchedAndCountedByElasticsearch() {
    String query = """
        query($code: ID!, $after: String) { subject(code: $code) { profile {
          a: otherNegativeRecords(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } }
          b: otherNegativeRecords(first: 2, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage } edges { node { id publicity { rule } } } }
          summary { totalRecords activeNegativeRecords countsByCategory { category count } } } } }""";
    String bank = TestTokens.gateway("subject:read profile:read");
    JsonNode first = graphQl().post(query, Map.of("code", ARREARS), bank).body().at("/data/subject/profile");
    Map<String, Object> next = new HashMap<>(Map.of("code", ARREARS));
    next.put("after", first.at("/a/pageInfo/endCursor").asString());
    JsonNode second = graphQl().post(query, next, bank).body().at("/data/subject/profile");

    // The arrears of six years ago are past the 5-year dishonesty period: out of public view.
    assertThat(first.at("/a/totalCount").asInt()).isEqualTo(5);
    assertThat(ids(first.at("/a"))).containsExactly("arr-1", "arr-2");
    assertThat(ids(second.at("/b"))).containsExactly("arr-3", "arr-4");
    assertThat(second.at("/b/pageInfo/hasNextPage").asBoolean()).isTrue();
    assertThat(second.at("/b/pageInfo/hasPreviousPage").asBoolean()).isTrue();
    assertThat(node(second.at("/b"), "arr-3").at("/publicity/rule").asString()).isEqualTo("DISHONESTY");
    assertThat(first.at("/summary/totalRecords").asInt()).isEqualTo(5);
    assertThat(first.at("/summary/activeNegativeRecords").asInt()).isEqualTo(4); // arr-3 is settled
    // A government client sees the old arrears too.
    String dept = TestTokens.of("demo-dept", "DEPARTMENT", ProfileFixtures.DEPARTMENT, "subject:read profile:read");
    JsonNode whole = graphQl().post(query, Map.of("code", ARREARS), dept).body().at("/data/subject/profile");
    assertThat(whole.at("/a/totalCount").asInt()).isEqualTo(6);
    assertThat(whole.at("/summary/countsByCategory/0/count").asInt()).isEqualTo(6);
  }

  /** A page is read as execution will collect the section: through fragments, under @include, with the schema's default size. */
  @Test
  void pagesAskedThroughFragmentsAndDirectivesAreRead() {
    String query = """
        query($code: ID!, $n: Int, $more: Boolean!) { subject(code: $code) { profile {
          ...Pages
          ... on CreditProfile { c: otherNegativeRecords(first: $n) @include(if: $more) { totalCount edges { node { id } } } } } } }
        fragment Pages on CreditProfile { otherNegativeRecords { totalCount edges { node { id } } } }""";
    String bank = TestTokens.gateway("subject:read profile:read");
    var withMore = graphQl().post(query, Map.of("code", ARREARS, "n", 3, "more", true), bank).body();
    assertThat(withMore.at("/errors").isMissingNode()).isTrue();
    JsonNode profile = withMore.at("/data/subject/profile");
    assertThat(ids(profile.at("/otherNegativeRecords"))).containsExactly("arr-1", "arr-2", "arr-3", "arr-4", "arr-5");
    assertThat(ids(profile.at("/c"))).containsExactly("arr-1", "arr-2", "arr-3");
    var without = graphQl().post(query, Map.of("code", ARREARS, "n", 3, "more", false), bank).body();
    assertThat(without.at("/errors").isMissingNode()).isTrue();
    assertThat(without.at("/data/subject/profile/c").isMissingNode()).isTrue();
    assertThat(without.at("/data/subject/profile/otherNegativeRecords/totalCount").asInt()).isEqualTo(5);
  }

  /**
   * A record's summary, source department and authority code are read only when the selection
   * shows them (ProfileQuery.Shown); asked through a fragment, an alias or under @include they are
   * there, and everything else a profile answers is the same whether they are asked or not.
   */
  @Test
  void recordFieldsOnlyShownAreReadWhenAskedAndChangeNothingElse() {
    String query = """
        query($code: ID!, $shown: Boolean!) { subject(code: $code) { profile {
          licences { ...Rec }
          penalties(first: 100) { totalCount ...Rec edges { cursor node { penaltyCategories fineAmount } } }
          listMemberships { totalCount ...Rec edges { node { listStatus listName } } }
          otherNegativeRecords { totalCount pageInfo { hasNextPage endCursor } ...Rec }
          summary { totalRecords activeNegativeRecords recordsUnderObjection currentLists { category name since until recordId } }
          complete } } }
        fragment Rec on ProfileRecordConnection { edges { node {
          id title documentNumber decisionDate validFrom validUntil authority { name } publicity { visible until rule }
          ... @include(if: $shown) { s: summary sourceDepartment { name code } authority { c: code } } } } }""";
    for (String token : List.of(TestTokens.gateway("subject:read profile:read"),
        TestTokens.of("demo-dept", "DEPARTMENT", ProfileFixtures.DEPARTMENT, "subject:read profile:read"))) {
      JsonNode shown = graphQl().post(query, Map.of("code", COMPANY, "shown", true), token).body();
      JsonNode hidden = graphQl().post(query, Map.of("code", COMPANY, "shown", false), token).body();
      assertThat(shown.at("/errors").isMissingNode()).isTrue();
      assertThat(hidden.at("/errors").isMissingNode()).isTrue();

      JsonNode warning = node(shown.at("/data/subject/profile/penalties"), "prf-general");
      assertThat(warning.get("s").asString()).isEqualTo("内容 prf-general");
      assertThat(warning.at("/sourceDepartment/name").asString()).isEqualTo("示范市市场监督管理局");
      assertThat(warning.at("/sourceDepartment/code").asString()).isEqualTo(ProfileFixtures.DEPARTMENT);
      assertThat(warning.at("/authority/c").asString()).isEqualTo(ProfileFixtures.DEPARTMENT);
      assertThat(node(shown.at("/data/subject/profile/otherNegativeRecords"), "prf-arrears").get("s").asString())
          .isEqualTo("内容 prf-arrears");

      JsonNode withoutShown = shown.deepCopy();
      withoutShown.findParents("s").forEach(n -> ((tools.jackson.databind.node.ObjectNode) n)
          .remove(List.of("s", "sourceDepartment")));
      withoutShown.findParents("c").forEach(n -> ((tools.jackson.databind.node.ObjectNode) n).remove("c"));
      assertThat(withoutShown).isEqualTo(hidden.deepCopy());
      assertThat(hidden.findParents("s")).isEmpty();
    }
  }

  @Test
  void aPagedSectionRefusesAPageSizeOutOfRange() {
    String query = "query($code: ID!) { subject(code: $code) { profile { otherNegativeRecords(first: 101) { totalCount } } } }";
    var response = graphQl().post(query, Map.of("code", ARREARS), TestTokens.gateway("subject:read profile:read"));
    assertThat(response.body().at("/errors/0/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
    assertThat(response.body().at("/errors/0/extensions/argument").asString()).isEqualTo("first");
  }

  @Test
  void sectionsPageWithCursors() {
    String query = """
        query($code: ID!, $after: String) { subject(code: $code) { profile {
          penalties(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } } }""";
    String token = TestTokens.of("demo-dept", "DEPARTMENT", ProfileFixtures.DEPARTMENT, "subject:read profile:read");
    JsonNode first = graphQl().post(query, Map.of("code", COMPANY), token).body().at("/data/subject/profile/penalties");
    Map<String, Object> next = new HashMap<>(Map.of("code", COMPANY));
    next.put("after", first.at("/pageInfo/endCursor").asString());
    JsonNode second = graphQl().post(query, next, token).body().at("/data/subject/profile/penalties");

    assertThat(first.at("/pageInfo/hasNextPage").asBoolean()).isTrue();
    assertThat(ids(first)).hasSize(2).doesNotContainAnyElementsOf(ids(second));
    // Newest first: the warning (10 days) then the objected penalty (20 days), then the general one (30).
    assertThat(ids(first)).containsExactly("prf-warning", "prf-objected");
    assertThat(ids(second)).containsExactly("prf-general", "prf-withdrawn");
  }

  private JsonNode profile(String token) {
    var response = graphQl().post(PROFILE, Map.of("code", COMPANY), token);
    assertThat(response.body().has("errors")).as(response.body().toString()).isFalse();
    return response.body().at("/data/subject/profile");
  }

  static java.util.List<String> ids(JsonNode connection) {
    return connection.get("edges").findValuesAsString("id");
  }

  static JsonNode node(JsonNode connection, String id) {
    for (JsonNode edge : connection.get("edges")) {
      if (edge.at("/node/id").asString().equals(id)) {
        return edge.get("node");
      }
    }
    throw new AssertionError("No record " + id + " in " + connection);
  }

  private static String rule(JsonNode connection, String id) {
    return node(connection, id).at("/publicity/rule").asString();
  }
}
