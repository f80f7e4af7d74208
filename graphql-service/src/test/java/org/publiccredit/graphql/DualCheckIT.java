package org.publiccredit.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.publiccredit.graphql.creditreference.CreditReferenceClient;
import org.publiccredit.graphql.search.DualCheckStore;
import org.publiccredit.graphql.search.ElasticsearchRequests;
import org.publiccredit.localstack.junit.LocalStack;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * dualCheck through GraphQL against the real Elasticsearch node (demo dataset) and the real
 * credit-reference stand-in over HTTP: every decision path, consent, degraded modes, retries.
 */
class DualCheckIT extends ServiceIT {

  static final String CHECK = """
      mutation Check($input: DualCheckInput!) {
        dualCheck(input: $input) {
          __typename
          ... on DualCheckRefused { reason message }
          ... on DualCheckResult {
            checkId subject { code name type registered } consentReference decision
            rating { rating score basis publicScore qualitativeScore }
            reasons { code effect message record { recordId category documentNumber } reportField accountNumber }
            qualitativeUnavailable qualitativeStatus
            qualitative { reportNumber currentOverdueAmount currentOverduePeriods overdueMonthsLast24
              worstLoanClassification guaranteesInDefault recentHardQueries }
            scorecard { basePoints score grade items { points rule recordId category explanation } }
            taxRatings { year level score }
            freshness { checkedAt reportTime newestPublicRecordDate }
          }
        }
      }""";

  static final String CLEAN_COMPANY = "91370982MA3CGP5N9H";
  static final String DEMO_COMPANY = "91370982MA3C4A1Q19";
  static final String SEVERE_COMPANY = "91370982MA3E7Y2RXK";
  static final String DEMO_PERSON = "370982198503120017";
  static final String SEVERE_PERSON = "370982199011070038";

  @Autowired
  CircuitBreakerRegistry circuitBreakers;

  @Autowired
  DualCheckStore store;

  @Autowired
  ElasticsearchRequests requests;

  @AfterEach
  void backToNormal() {
    LocalStack.creditReference().reset();
    circuitBreakers.circuitBreaker(CreditReferenceClient.INSTANCE).reset();
  }

  static String bank() {
    return TestTokens.of("demo-bank", "BANK", "91370900MA3B0K2XXH", "subject:read lending:dual-check");
  }

  JsonNode check(String code, String amount, int term, @Nullable String consent, String token) {
    Map<String, Object> input = new HashMap<>(Map.of("subjectCode", code, "purpose", "LOAN_APPROVAL",
        "amount", amount, "termMonths", term));
    if (consent != null) {
      input.put("consentReference", consent);
    }
    return graphQl().post(CHECK, Map.of("input", input), token).body();
  }

  JsonNode result(String code, @Nullable String consent) {
    JsonNode body = check(code, "500000.00", 12, consent, bank());
    assertThat(body.path("errors").isMissingNode()).as(body.toString()).isTrue();
    return body.at("/data/dualCheck");
  }

  @Test
  void aCleanCompanyWithAGoodRecordIsEligibleForPureCredit() {
    JsonNode check = result(CLEAN_COMPANY, null);

    assertThat(check.path("__typename").asString()).isEqualTo("DualCheckResult");
    assertThat(check.path("decision").asString()).isEqualTo("PURE_CREDIT_ELIGIBLE");
    assertThat(check.at("/rating/basis").asString()).isEqualTo("COMBINED");
    assertThat(check.at("/rating/rating").asString()).isIn("AAA", "AA", "A");
    assertThat(check.path("reasons")).singleElement()
        .satisfies(r -> assertThat(r.path("code").asString()).isEqualTo("PURE_CREDIT_WITHIN_LIMIT"));
    assertThat(check.path("qualitativeUnavailable").asBoolean()).isFalse();
    assertThat(check.at("/qualitative/worstLoanClassification").asString()).isEqualTo("正常");
    assertThat(check.path("taxRatings")).anySatisfy(t -> {
      assertThat(t.path("year").asInt()).isEqualTo(2024);
      assertThat(t.path("level").asString()).isEqualTo("A");
    });
    // The scorecard explains itself: every item names its record, and base + items = score.
    JsonNode card = check.path("scorecard");
    double sum = 0;
    for (JsonNode item : card.path("items")) {
      assertThat(item.path("recordId").asString()).isNotBlank();
      assertThat(item.path("explanation").asString()).isNotBlank();
      sum += item.path("points").asDouble();
    }
    assertThat(card.path("items")).extracting(i -> i.path("rule").asString()).contains("tax-level-points.A");
    assertThat(card.path("score").asDouble()).isEqualTo(card.path("basePoints").asDouble() + sum);
    assertThat(check.at("/freshness/reportTime").asString()).startsWith("2026-");

    Map<String, Object> stored = store.find(check.path("checkId").asString());
    assertThat(stored).isNotNull().containsEntry("decision", "PURE_CREDIT_ELIGIBLE")
        .containsEntry("purpose", "LOAN_APPROVAL").containsEntry("subjectId", CLEAN_COMPANY)
        .containsEntry("clientId", "demo-bank");
  }

  @Test
  void aCheckCostsTwoElasticsearchRequestsTheSubjectWithItsRecordsAndTheStoredCheck() {
    result(DEMO_COMPANY, null); // warm-up: nothing lazily initialised is counted below

    long before = requests.count();
    JsonNode check = result(DEMO_COMPANY, null);
    long used = requests.count() - before;

    assertThat(check.at("/subject/registered").asBoolean()).isTrue();
    assertThat(check.at("/subject/name").asString()).isNotBlank();
    assertThat(check.at("/scorecard/items")).isNotEmpty();
    assertThat(used).as("one msearch for the public side, one create for the check").isEqualTo(2);
  }

  @Test
  void checksFinishingTogetherAreStoredInSharedBulksEachDurableAndFound() throws Exception {
    int checks = 40;
    long before = requests.count();
    List<String> ids = new ArrayList<>();
    try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<?>> saves = new ArrayList<>();
      for (int i = 0; i < checks; i++) {
        String id = UUID.randomUUID().toString();
        ids.add(id);
        saves.add(threads.submit(() -> store.save(id, Map.of("checkId", id, "checkedAt", Instant.now().toString(),
            "subjectId", CLEAN_COMPANY, "clientId", "demo-bank", "decision", "PURE_CREDIT_ELIGIBLE"))));
      }
      for (Future<?> save : saves) {
        save.get(); // returns only once its own document is stored
      }
    }
    long used = requests.count() - before;

    // While one bulk is on its way the others queue and go together in the next.
    assertThat(used).isPositive().isLessThanOrEqualTo(checks / 2);
    ids.forEach(id -> assertThat(store.find(id)).as(id).isNotNull().containsEntry("checkId", id));
  }

  @Test
  void aCheckTheIndexRefusesFailsAloneAndTheOthersAreStored() throws Exception {
    String good = UUID.randomUUID().toString();
    String bad = UUID.randomUUID().toString();
    try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
      Future<?> refused = threads.submit(() -> store.save(bad, Map.of("checkId", bad, "notInTheMapping", 1)));
      Future<?> stored = threads.submit(() -> store.save(good, Map.of("checkId", good, "subjectId", CLEAN_COMPANY)));
      stored.get();
      assertThatThrownBy(refused::get).hasCauseInstanceOf(IllegalStateException.class)
          .cause().hasMessageContaining("strict_dynamic_mapping_exception");
    }
    assertThat(store.find(good)).isNotNull();
    assertThat(store.find(bad)).isNull();
  }

  @Test
  void anOverdueLoanInTheReportNeedsCollateralOrReview() {
    JsonNode check = result(DEMO_COMPANY, null);

    assertThat(check.path("decision").asString()).isEqualTo("NEEDS_COLLATERAL_OR_REVIEW");
    JsonNode first = check.path("reasons").get(0);
    assertThat(first.path("code").asString()).isEqualTo("REPORT_CURRENT_OVERDUE");
    assertThat(first.path("reportField").asString()).isEqualTo("ED01B.overdueTotal");
    assertThat(check.at("/qualitative/worstLoanClassification").asString()).isEqualTo("关注");
  }

  @Test
  void aDishonestyListEntryDeclinesCitingTheRecordFirst() {
    JsonNode check = result(SEVERE_COMPANY, null);

    assertThat(check.path("decision").asString()).isEqualTo("DECLINE");
    JsonNode first = check.path("reasons").get(0);
    assertThat(first.path("code").asString()).startsWith("HARD_RULE_");
    assertThat(first.path("effect").asString()).isEqualTo("DECLINE");
    assertThat(first.at("/record/recordId").asString()).isNotBlank();
    assertThat(first.at("/record/documentNumber").asString()).isNotBlank();
    assertThat(check.path("reasons")).extracting(r -> r.path("code").asString())
        .contains("HARD_RULE_BLACK_LIST", "HARD_RULE_SEVERE_DISHONEST_LIST", "HARD_RULE_COURT_DISHONEST_DEBTOR",
            "REPORT_LOAN_LOSS_CLASSIFICATION");
  }

  @Test
  void aPersonNeedsConsentAndNothingIsQueriedWithoutIt() {
    String person = TestCodes.idNumber();
    JsonNode refused = result(person, null);

    assertThat(refused.path("__typename").asString()).isEqualTo("DualCheckRefused");
    assertThat(refused.path("reason").asString()).isEqualTo("CONSENT_REQUIRED");
    assertThat(refused.path("message").asString()).contains("consentReference");
    assertThat(StandInJournal.reportRequests(person, 0)).isZero();
  }

  @Test
  void aPersonWithConsentIsCheckedAndTheConsentIsStored() {
    JsonNode check = result(DEMO_PERSON, "CONSENT-2026-000123");

    assertThat(check.path("decision").asString()).isEqualTo("NEEDS_COLLATERAL_OR_REVIEW");
    assertThat(check.at("/subject/code").asString()).isEqualTo("3709**********0017");
    assertThat(check.at("/subject/type").asString()).isEqualTo("NATURAL_PERSON");
    assertThat(check.at("/qualitative/overdueMonthsLast24").asInt()).isEqualTo(4);
    Map<String, Object> stored = store.find(check.path("checkId").asString());
    assertThat(stored).isNotNull().containsEntry("consentReference", "CONSENT-2026-000123");
    assertThat(stored.get("subjectId").toString()).doesNotContain(DEMO_PERSON);

    JsonNode severe = result(SEVERE_PERSON, "CONSENT-2026-000124");
    assertThat(severe.path("decision").asString()).isEqualTo("DECLINE");
    assertThat(severe.at("/reasons/0/code").asString()).isEqualTo("HARD_RULE_COURT_DISHONEST_DEBTOR");
  }

  @Test
  void asksForTheReportUncompressed() {
    String fresh = TestCodes.uscc();

    assertThat(result(fresh, null).path("qualitativeStatus").asString()).isEqualTo("AVAILABLE");
    assertThat(StandInJournal.reportRequests(fresh, 1)).isEqualTo(1);
    // Spring's JDK request factory asks for gzip unless told not to; the stand-in would then compress (docs/decisions.md).
    assertThat(StandInJournal.uncompressedReportRequests(fresh)).isEqualTo(1);
  }

  @Test
  void failingServiceDegradesThenTheCircuitOpensThenRecovers() throws InterruptedException {
    LocalStack.creditReference().failWith(503);
    String fresh = TestCodes.uscc();

    JsonNode degraded = result(fresh, null);
    assertThat(degraded.path("qualitativeUnavailable").asBoolean()).isTrue();
    assertThat(degraded.path("qualitativeStatus").asString()).isEqualTo("SERVICE_UNAVAILABLE");
    assertThat(degraded.path("decision").asString()).isEqualTo("NEEDS_COLLATERAL_OR_REVIEW");
    assertThat(degraded.at("/rating/basis").asString()).isEqualTo("PUBLIC_ONLY");
    assertThat(degraded.path("qualitative").isNull()).isTrue();
    assertThat(degraded.path("reasons")).extracting(r -> r.path("code").asString()).contains("QUALITATIVE_UNAVAILABLE");
    // 503 is transient: three attempts.
    assertThat(StandInJournal.reportRequests(fresh, 3)).isEqualTo(3);

    String status = "";
    for (int i = 0; i < 10 && !status.equals("CIRCUIT_OPEN"); i++) {
      status = result(CLEAN_COMPANY, null).path("qualitativeStatus").asString();
    }
    assertThat(status).isEqualTo("CIRCUIT_OPEN");
    CircuitBreaker breaker = circuitBreakers.circuitBreaker(CreditReferenceClient.INSTANCE);
    assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
    String whileOpen = TestCodes.uscc();
    Instant start = Instant.now();
    assertThat(result(whileOpen, null).path("qualitativeStatus").asString()).isEqualTo("CIRCUIT_OPEN");
    assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofMillis(800));
    assertThat(StandInJournal.reportRequests(whileOpen, 0)).as("not asked while open").isZero();

    LocalStack.creditReference().reset();
    Thread.sleep(breaker.getCircuitBreakerConfig().getWaitIntervalFunctionInOpenState().apply(1) + 200);
    for (int i = 0; i < 3; i++) {
      JsonNode recovered = result(CLEAN_COMPANY, null);
      assertThat(recovered.path("qualitativeStatus").asString()).isEqualTo("AVAILABLE");
      assertThat(recovered.path("decision").asString()).isEqualTo("PURE_CREDIT_ELIGIBLE");
    }
    assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
  }

  @Test
  void aSlowServiceStillGetsAnAnswerWithinTheBudget() {
    // Slower than a read timeout (800 ms, the contract's p99) and than the 1 s limit: the first
    // attempt times out, the retry is cut off by the limit.
    LocalStack.creditReference().respondSlowly(Duration.ofMillis(1500));

    String fresh = TestCodes.uscc();
    Instant start = Instant.now();
    JsonNode check = result(fresh, null);
    Duration took = Duration.between(start, Instant.now());

    assertThat(took).isLessThan(Duration.ofMillis(2500));
    assertThat(check.path("qualitativeStatus").asString()).isEqualTo("TIMEOUT");
    assertThat(check.path("qualitativeUnavailable").asBoolean()).isTrue();
    assertThat(check.path("decision").asString()).isEqualTo("NEEDS_COLLATERAL_OR_REVIEW");
    assertThat(StandInJournal.reportRequests(fresh, 2)).as("a timed-out attempt is retried once within the limit")
        .isEqualTo(2);
  }

  @Test
  void onlyTransientFailuresAreRetried() {
    // The first checks in a cold JVM (class loading in the client and in the stand-in, which runs
    // in this JVM, and the first connection) can take longer than the 800 ms read timeout on a busy
    // machine, and then the 1 s limit leaves no time for the retries counted below: warm up first.
    String warm = "";
    for (int i = 0; i < 5 && !warm.equals("AVAILABLE"); i++) {
      warm = result(CLEAN_COMPANY, null).path("qualitativeStatus").asString();
    }
    assertThat(warm).isEqualTo("AVAILABLE");
    LocalStack.creditReference().failWith(502);
    String a = TestCodes.uscc();
    result(a, null);
    assertThat(StandInJournal.reportRequests(a, 3)).as("502 is retried").isEqualTo(3);

    LocalStack.creditReference().failWith(500);
    String b = TestCodes.uscc();
    assertThat(result(b, null).path("qualitativeStatus").asString()).isEqualTo("SERVICE_UNAVAILABLE");
    assertThat(StandInJournal.reportRequests(b, 1)).as("500 is a definite failure").isEqualTo(1);

    LocalStack.creditReference().failWith(429);
    String c = TestCodes.uscc();
    assertThat(result(c, null).path("qualitativeStatus").asString()).isEqualTo("REFUSED");
    assertThat(StandInJournal.reportRequests(c, 1)).as("4xx is an answer").isEqualTo(1);

    LocalStack.creditReference().reset();
    JsonNode thin = result("11010519491231002X", "CONSENT-2026-000125");
    assertThat(thin.path("qualitativeStatus").asString()).isEqualTo("NO_CREDIT_RECORD");
    assertThat(thin.path("reasons")).extracting(r -> r.path("code").asString()).contains("REPORT_NO_CREDIT_RECORD");
    assertThat(StandInJournal.reportRequests("11010519491231002X", 1)).isEqualTo(1);
  }

  @Test
  void badArgumentsAndMissingScopesAreErrorsNamingThem() {
    JsonNode badCode = check("91370982MA3CGP5N9X", "1000", 12, null, bank());
    assertThat(StandInJournal.reportRequests("91370982MA3CGP5N9X", 0)).isZero();
    assertThat(badCode.at("/errors/0/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
    assertThat(badCode.at("/errors/0/extensions/argument").asString()).isEqualTo("subjectCode");

    JsonNode badAmount = check(CLEAN_COMPANY, "-5", 12, null, bank());
    assertThat(badAmount.at("/errors/0/extensions/argument").asString()).isEqualTo("amount");

    JsonNode noScope = check(CLEAN_COMPANY, "1000", 12, null,
        TestTokens.of("demo-portal", "PORTAL", "91370900MA3B0K2XXH", "subject:read"));
    assertThat(noScope.at("/errors/0/extensions/classification").asString()).isEqualTo("FORBIDDEN");
  }
}
