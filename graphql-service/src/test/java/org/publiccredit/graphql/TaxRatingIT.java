package org.publiccredit.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** shareTaxRatings and taxRatings against the real node: validation, idempotency, versions, listing, the dual-check's history. */
class TaxRatingIT extends ServiceIT {

  static final String SHARE = """
      mutation Share($input: ShareTaxRatingsInput!) {
        shareTaxRatings(input: $input) {
          __typename
          ... on ShareTaxRatingsResult { batchId acceptedCount rejectedCount
            results { index status recordId version violations { field rule messageEn } } }
          ... on SubmissionRefused { reason message }
        }
      }""";

  static final String LIST = """
      query List($year: Int, $level: TaxCreditLevel, $first: Int, $after: String) {
        taxRatings(year: $year, level: $level, first: $first, after: $after) {
          totalCount
          pageInfo { hasNextPage hasPreviousPage endCursor }
          edges { cursor node { taxpayerCode taxpayerName year level score evaluationDate authorityName recordId } }
        }
      }""";

  /** A year no other test or the demo dataset uses. */
  static final int YEAR = 2017;

  static String taxBureau() {
    return TestTokens.of("demo-tax", "TAX_BUREAU", Samples.TAX_BUREAU, "tax-rating:write tax-rating:read");
  }

  static Map<String, Object> rating(String code, String level, @Nullable String score) {
    Map<String, Object> rating = new HashMap<>(Map.of("taxpayerCode", code, "taxpayerName", "示范市测试商贸有限公司",
        "year", YEAR, "level", level, "evaluationDate", (YEAR + 1) + "-04-10"));
    if (score != null) {
      rating.put("score", score);
    }
    return rating;
  }

  JsonNode share(List<Map<String, Object>> ratings, String token) {
    return graphQl().post(SHARE, Map.of("input", Map.of("ratings", ratings)), token).body();
  }

  static List<String> violations(JsonNode result) {
    List<String> found = new ArrayList<>();
    result.path("violations").forEach(v -> found.add(v.path("field").asString() + ":" + v.path("rule").asString()));
    return found;
  }

  @Test
  void ratingsAreValidatedOneByOneAndStoredIdempotentlyPerTaxpayerAndYear() {
    String good = TestCodes.uscc();
    String wrongCheck = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
    JsonNode first = share(List.of(
        rating(good, "A", "95.5"),
        rating(TestCodes.uscc(), "A", "80"),
        rating(wrongCheck, "B", "75"),
        rating(TestCodes.uscc(), "C", null)), taxBureau()).at("/data/shareTaxRatings");

    assertThat(first.path("__typename").asString()).isEqualTo("ShareTaxRatingsResult");
    assertThat(first.path("acceptedCount").asInt()).isEqualTo(1);
    assertThat(first.path("rejectedCount").asInt()).isEqualTo(3);
    assertThat(first.at("/results/0/status").asString()).isEqualTo("CREATED");
    assertThat(violations(first.at("/results/1"))).anyMatch(v -> v.startsWith("score:"));
    assertThat(violations(first.at("/results/2"))).contains("unifiedSocialCreditCode:checkCharacter");
    assertThat(violations(first.at("/results/3"))).contains("score:requiredWhen");
    String recordId = first.at("/results/0/recordId").asString();

    JsonNode again = share(List.of(rating(good, "A", "95.5")), taxBureau()).at("/data/shareTaxRatings/results/0");
    assertThat(again.path("status").asString()).isEqualTo("UNCHANGED");
    assertThat(again.path("recordId").asString()).isEqualTo(recordId);
    assertThat(again.path("version").asInt()).isEqualTo(1);

    JsonNode corrected = share(List.of(rating(good, "B", "85")), taxBureau()).at("/data/shareTaxRatings/results/0");
    assertThat(corrected.path("status").asString()).isEqualTo("UPDATED");
    assertThat(corrected.path("recordId").asString()).isEqualTo(recordId);
    assertThat(corrected.path("version").asInt()).isEqualTo(2);
  }

  @Test
  void onlyTheTaxBureauSharesAndBatchesAreBounded() {
    JsonNode refused = share(List.of(rating(TestCodes.uscc(), "A", "95")),
        TestTokens.of("demo-department", "DEPARTMENT", Samples.MARKET_SUPERVISION, "tax-rating:write"))
        .at("/data/shareTaxRatings");
    assertThat(refused.path("__typename").asString()).isEqualTo("SubmissionRefused");
    assertThat(refused.path("reason").asString()).isEqualTo("CATEGORY_NOT_ALLOWED");

    JsonNode empty = share(List.of(), taxBureau());
    assertThat(empty.at("/errors/0/extensions/argument").asString()).isEqualTo("ratings");

    JsonNode noScope = share(List.of(rating(TestCodes.uscc(), "A", "95")),
        TestTokens.of("demo-tax", "TAX_BUREAU", Samples.TAX_BUREAU, "tax-rating:read"));
    assertThat(noScope.at("/errors/0/extensions/classification").asString()).isEqualTo("FORBIDDEN");
  }

  @Test
  void banksListRatingsByYearAndLevelPageByPageAndSeeThemInTheDualCheck() {
    String a = TestCodes.uscc();
    String b = TestCodes.uscc();
    String c = TestCodes.uscc();
    share(List.of(rating(a, "M", "72"), rating(b, "M", "75"), rating(c, "D", "30")), taxBureau());
    String bank = TestTokens.of("demo-bank", "BANK", "91370900MA3B0K2XXH", "tax-rating:read lending:dual-check");

    List<String> seen = new ArrayList<>();
    String after = null;
    for (int page = 0; page < 10; page++) {
      Map<String, Object> variables = new HashMap<>(Map.of("year", YEAR, "level", "M", "first", 1));
      if (after != null) {
        variables.put("after", after);
      }
      JsonNode connection = graphQl().post(LIST, variables, bank).body().at("/data/taxRatings");
      assertThat(connection.path("edges")).hasSizeLessThanOrEqualTo(1);
      connection.path("edges").forEach(e -> {
        assertThat(e.at("/node/level").asString()).isEqualTo("M");
        assertThat(e.at("/node/year").asInt()).isEqualTo(YEAR);
        seen.add(e.at("/node/taxpayerCode").asString());
      });
      if (!connection.at("/pageInfo/hasNextPage").asBoolean()) {
        break;
      }
      after = connection.at("/pageInfo/endCursor").asString();
    }
    assertThat(seen).contains(a, b).doesNotContain(c).doesNotHaveDuplicates();

    // The demo dataset's ratings (no attributes) are found by their titles.
    JsonNode demo = graphQl().post(LIST, Map.of("year", 2024, "level", "A"), bank).body().at("/data/taxRatings");
    assertThat(demo.path("edges")).extracting(e -> e.at("/node/taxpayerCode").asString()).contains("91370982MA3CGP5N9H");
    assertThat(demo.path("totalCount").asInt()).isEqualTo(demo.path("edges").size());

    // totalCount is every match, on every page: what walking all pages finds, level by level.
    int allLevels = 0;
    for (String level : List.of("A", "B", "M", "C", "D")) {
      JsonNode onePage = graphQl().post(LIST, Map.of("year", YEAR, "level", level, "first", 1), bank).body()
          .at("/data/taxRatings");
      JsonNode whole = graphQl().post(LIST, Map.of("year", YEAR, "level", level, "first", 100), bank).body()
          .at("/data/taxRatings");
      assertThat(whole.at("/pageInfo/hasNextPage").asBoolean()).isFalse();
      assertThat(onePage.path("totalCount").asInt()).as("level %s", level).isEqualTo(whole.path("edges").size())
          .isEqualTo(whole.path("totalCount").asInt());
      whole.path("edges").forEach(e -> assertThat(e.at("/node/level").asString()).isEqualTo(level));
      allLevels += whole.path("totalCount").asInt();
    }
    assertThat(allLevels).isGreaterThanOrEqualTo(3);
    JsonNode year = graphQl().post(LIST, Map.of("year", YEAR, "first", 1), bank).body().at("/data/taxRatings");
    assertThat(year.path("totalCount").asInt()).isEqualTo(allLevels);
    JsonNode otherYear = graphQl().post(LIST, Map.of("year", YEAR - 1, "level", "M"), bank).body().at("/data/taxRatings");
    assertThat(otherYear.path("totalCount").asInt()).isZero();

    // Whether totalCount is asked is read from the selection as execution reads it: through a
    // fragment, under an alias, or under @include with a variable (then counted), or skipped (then 0).
    String shaped = """
        query Shaped($year: Int, $count: Boolean!) {
          taxRatings(year: $year, first: 1) { ...Counted edges { node { recordId } } }
        }
        fragment Counted on TaxRatingConnection { n: totalCount @include(if: $count) }""";
    JsonNode counted = graphQl().post(shaped, Map.of("year", YEAR, "count", true), bank).body().at("/data/taxRatings");
    assertThat(counted.path("n").asInt()).isEqualTo(allLevels);
    JsonNode notAsked = graphQl().post(shaped, Map.of("year", YEAR, "count", false), bank).body().at("/data/taxRatings");
    assertThat(notAsked.has("n")).isFalse();
    assertThat(notAsked.path("edges")).hasSize(1);

    JsonNode check = graphQl().post(DualCheckIT.CHECK, Map.of("input", Map.of("subjectCode", c, "purpose",
        "LOAN_APPROVAL", "amount", "100000", "termMonths", 12)), bank).body().at("/data/dualCheck");
    assertThat(check.path("taxRatings")).singleElement().satisfies(t -> {
      assertThat(t.path("year").asInt()).isEqualTo(YEAR);
      assertThat(t.path("level").asString()).isEqualTo("D");
    });
  }
}
