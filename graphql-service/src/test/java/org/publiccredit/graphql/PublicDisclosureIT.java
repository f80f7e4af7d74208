package org.publiccredit.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.publiccredit.graphql.profile.ProfileFixtures.TODAY;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.publiccredit.graphql.profile.ProfileFixtures;
import org.publiccredit.graphql.search.RecordStore;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** What portals publish: only what the rules make public today, personal information masked. */
class PublicDisclosureIT extends ServiceIT {

  private static final String AUTHORITY = "11370982PUB0000001";
  private static final String COMPANY = ProfileFixtures.uscc("PUB", 1);
  private static final String PERSON = "person-lookup-key-pub-1";
  private static boolean stored;

  private static final String DOUBLE_PUBLICITY = """
      query($filter: DoublePublicityFilter, $first: Int, $after: String) {
        doublePublicity(filter: $filter, first: $first, after: $after) {
          pageInfo { hasNextPage endCursor }
          edges { node { subject { name code type } record { id category publicity { visible until rule } } } }
        }
      }""";

  @Autowired
  RecordStore store;

  @BeforeEach
  void storeOnce() {
    if (stored) {
      return;
    }
    new ProfileFixtures(store, jsonMapper).company(COMPANY, "示范市公示测试建材有限公司", "东都镇")
        .person(PERSON, "李四海", "3709**********1234")
        .record(COMPANY, "pub-licence", "ADMINISTRATIVE_LICENSE", TODAY.minusYears(4)).authority(AUTHORITY, "公示机关").add()
        .record(COMPANY, "pub-warning", "ADMINISTRATIVE_PENALTY", TODAY.minusDays(5)).authority(AUTHORITY, "公示机关")
        .attribute("CFLB", "警告").add()
        .record(COMPANY, "pub-general", "ADMINISTRATIVE_PENALTY", TODAY.minusDays(15)).authority(AUTHORITY, "公示机关")
        .attribute("CFLB", "罚款").attribute("NR_FK", "3").add()
        .record(COMPANY, "pub-minor-expired", "ADMINISTRATIVE_PENALTY", TODAY.minusMonths(4)).authority(AUTHORITY, "公示机关")
        .attribute("CFLB", "通报批评").add()
        .record(COMPANY, "pub-repaired", "ADMINISTRATIVE_PENALTY", TODAY.minusDays(40)).authority(AUTHORITY, "公示机关")
        .attribute("CFLB", "罚款").state(Map.of("repairedOn", TODAY.minusDays(1))).add()
        .record(COMPANY, "pub-withdrawn", "ADMINISTRATIVE_PENALTY", TODAY.minusDays(45)).authority(AUTHORITY, "公示机关")
        .attribute("CFLB", "罚款").state(Map.of("withdrawnOn", TODAY)).add()
        .record(PERSON, "pub-person", "ADMINISTRATIVE_PENALTY", TODAY.minusDays(25)).aboutAPerson()
        .authority(AUTHORITY, "公示机关").attribute("CFLB", "罚款").attribute("NR_FK", "0.2").add()
        .record(COMPANY, "pub-black", "BLACK_LIST", TODAY.minusDays(30)).authority(AUTHORITY, "公示机关")
        .attribute("listType", "01").valid(TODAY.minusDays(30), TODAY.plusYears(1)).add()
        .record(COMPANY, "pub-black-ended", "BLACK_LIST", TODAY.minusYears(2)).authority(AUTHORITY, "公示机关")
        .attribute("listType", "01").valid(TODAY.minusYears(2), TODAY.minusYears(1)).add()
        .record(COMPANY, "pub-black-old", "BLACK_LIST", TODAY.minusYears(6)).authority(AUTHORITY, "公示机关")
        .attribute("listType", "01").valid(TODAY.minusYears(6), null).add()
        .record(COMPANY, "pub-commitment", "CREDIT_COMMITMENT", TODAY.minusDays(10)).authority(AUTHORITY, "公示机关")
        .attribute("disclosure", "1").attribute("fulfilment", "1").add()
        .record(COMPANY, "pub-commitment-private", "CREDIT_COMMITMENT", TODAY.minusDays(11)).authority(AUTHORITY, "公示机关")
        .attribute("disclosure", "3").add()
        .store();
    stored = true;
  }

  @Test
  void doublePublicityListsOnlyWhatIsPublicToday() {
    JsonNode page = query(DOUBLE_PUBLICITY, Map.of("filter", Map.of("authorityCode", AUTHORITY)), "disclosure:read")
        .at("/data/doublePublicity");

    assertThat(ids(page)).containsExactly("pub-general", "pub-person", "pub-licence");
    assertThat(page.at("/pageInfo/hasNextPage").asBoolean()).isFalse();
  }

  @Test
  void aPersonsNameAndIdNumberAreMasked() {
    JsonNode page = query(DOUBLE_PUBLICITY, Map.of("filter", Map.of("authorityCode", AUTHORITY, "kind", "PENALTY")),
        "disclosure:read").at("/data/doublePublicity");

    JsonNode person = page.get("edges").get(1).at("/node/subject");
    assertThat(person.get("name").asString()).isEqualTo("李**");
    assertThat(person.get("code").asString()).isEqualTo("3709**********1234");
    assertThat(person.get("type").asString()).isEqualTo("NATURAL_PERSON");
    JsonNode company = page.get("edges").get(0).at("/node/subject");
    assertThat(company.get("name").asString()).isEqualTo("示范市公示测试建材有限公司");
    assertThat(company.get("code").asString()).isEqualTo(COMPANY);
    assertThat(page.toString()).doesNotContain(PERSON).doesNotContain("李四海");
  }

  @Test
  void pagesOneByOne() {
    List<String> seen = new ArrayList<>();
    Map<String, Object> variables = new HashMap<>(Map.of("filter", Map.of("authorityCode", AUTHORITY), "first", 1));
    for (int i = 0; i < 5; i++) {
      JsonNode page = query(DOUBLE_PUBLICITY, variables, "disclosure:read").at("/data/doublePublicity");
      seen.addAll(ids(page));
      if (!page.at("/pageInfo/hasNextPage").asBoolean()) {
        break;
      }
      variables.put("after", page.at("/pageInfo/endCursor").asString());
    }
    assertThat(seen).containsExactly("pub-general", "pub-person", "pub-licence");
  }

  @Test
  void creditListsShowEntriesInForceOrAllThatAreStillPublic() {
    String lists = """
        query($filter: CreditListFilter) { creditLists(type: BLACK_LIST, filter: $filter) {
          edges { node { record { id listStatus listName publicity { rule until } } } } } }""";
    JsonNode active = query(lists, Map.of("filter", Map.of("authorityCode", AUTHORITY)), "disclosure:read")
        .at("/data/creditLists");
    assertThat(ids(active)).containsExactly("pub-black");
    assertThat(active.at("/edges/0/node/record/listName").asString()).isEqualTo("重大税收违法失信主体");

    JsonNode all = query(lists, Map.of("filter", Map.of("authorityCode", AUTHORITY, "activeOnly", false)), "disclosure:read")
        .at("/data/creditLists");
    assertThat(ids(all)).containsExactly("pub-black", "pub-black-ended");
  }

  @Test
  void onlyPublicCommitmentsArePublished() {
    String commitments = """
        query($filter: PublicCommitmentFilter) { publicCommitments(filter: $filter) {
          edges { node { record { id fulfilment } } } } }""";
    JsonNode page = query(commitments, Map.of("filter", Map.of("authorityCode", AUTHORITY)), "disclosure:read")
        .at("/data/publicCommitments");
    assertThat(ids(page)).containsExactly("pub-commitment");
    assertThat(page.at("/edges/0/node/record/fulfilment").asString()).isEqualTo("全部履行");
  }

  @Test
  void disclosureNeedsItsScope() {
    var response = graphQl().post(DOUBLE_PUBLICITY, Map.of(), TestTokens.gateway("subject:read profile:read"));
    assertThat(response.body().at("/errors/0/extensions/classification").asString()).isEqualTo("FORBIDDEN");
    assertThat(response.body().at("/errors/0/extensions/requiredScope").asString()).isEqualTo("disclosure:read");
  }

  @Test
  void datesInTheWrongOrderAreABadRequestNamingTheFilter() {
    var response = graphQl().post(DOUBLE_PUBLICITY,
        Map.of("filter", Map.of("decidedFrom", "2025-02-01", "decidedTo", "2025-01-01")), TestTokens.gateway("disclosure:read"));
    assertThat(response.body().at("/errors/0/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
    assertThat(response.body().at("/errors/0/extensions/argument").asString()).isEqualTo("filter");
  }

  private JsonNode query(String query, Map<String, Object> variables, String scopes) {
    var response = graphQl().post(query, variables, TestTokens.of("demo-portal", "PORTAL", "11370982MB2849XK1M", scopes));
    assertThat(response.body().has("errors")).as(response.body().toString()).isFalse();
    return response.body();
  }

  private static List<String> ids(JsonNode connection) {
    List<String> ids = new ArrayList<>();
    connection.get("edges").forEach(e -> ids.add(e.at("/node/record/id").asString()));
    return ids;
  }
}
