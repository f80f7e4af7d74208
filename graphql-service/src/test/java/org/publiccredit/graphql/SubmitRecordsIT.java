package org.publiccredit.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.publiccredit.graphql.search.FullRecord;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** submitRecords through GraphQL against the real node: every rule kind, idempotency, corrections, isolation. */
@ExtendWith(OutputCaptureExtension.class)
class SubmitRecordsIT extends ServiceIT {

  static final String SUBMIT = """
      mutation Submit($input: SubmitRecordsInput!) {
        submitRecords(input: $input) {
          __typename
          ... on SubmitRecordsResult { batchId acceptedCount rejectedCount
            results { index status recordId version violations { field rule message messageEn } } }
          ... on SubmissionRefused { reason message }
        }
      }""";

  static final String REJECTED = """
      query Rejected($batchId: ID) {
        rejectedRecords(batchId: $batchId, first: 50) {
          edges { node { batchId departmentCode category line violations { field rule } fields { key value } } }
          pageInfo { hasNextPage }
        }
      }""";

  @Autowired
  ElasticsearchClient client;

  @Autowired
  JsonMapper jsonMapper;

  static String department() {
    return TestTokens.of("demo-department", "DEPARTMENT", Samples.MARKET_SUPERVISION, "subject:read records:write rejections:read");
  }

  JsonNode submit(String category, String source, String batchId, List<Map<String, String>> rows, String token) {
    List<Map<String, Object>> records = new ArrayList<>();
    for (Map<String, String> row : rows) {
      List<Map<String, String>> fields = new ArrayList<>();
      row.forEach((k, v) -> fields.add(Map.of("key", k, "value", v)));
      records.add(Map.of("fields", fields));
    }
    Map<String, Object> input = new HashMap<>(Map.of("category", category, "sourceDepartmentCode", source,
        "batchId", batchId, "records", records));
    return graphQl().post(SUBMIT, Map.of("input", input), token).body();
  }

  /** Document numbers unique to this run, so that other tests' imports of the sample do not interfere. */
  static final String RUN = UUID.randomUUID().toString().substring(0, 8);

  static Map<String, String> penalty(int index, Consumer<Map<String, String>> change) {
    Map<String, String> row = new LinkedHashMap<>(Samples.marketSupervisionPenalties().get(index));
    row.put("WSH", row.get("WSH") + "-" + RUN);
    change.accept(row);
    return row;
  }

  @Test
  void eachRuleKindRejectsItsRowWithFieldLevelReasons() {
    List<Map<String, String>> rows = List.of(
        penalty(0, r -> r.put("SY", "")),
        penalty(1, r -> r.put("WSH", "号".repeat(129))),
        penalty(2, r -> r.put("XDR_LB", "公司")),
        penalty(3, r -> r.put("XDR_SHXYM", flipLast(r.get("XDR_SHXYM")))),
        penalty(4, r -> r.put("YXQ", "2001-01-01")),
        penalty(5, r -> {
          r.put("JDRQ", "2099-01-01");
          r.put("YXQ", "2099-12-31");
          r.put("GSJZQ", "");
        }),
        penalty(6, r -> {
          r.put("CFLB", "罚款");
          r.put("NR_FK", "");
        }),
        penalty(7, r -> r.put("SJLYDM", Samples.TAX_BUREAU)));
    JsonNode result = submit("ADMINISTRATIVE_PENALTY", Samples.MARKET_SUPERVISION, "rules-" + UUID.randomUUID(), rows,
        department()).at("/data/submitRecords");

    assertThat(result.get("rejectedCount").asInt()).isEqualTo(8);
    List<String> expected = List.of("SY:required", "WSH:maxLength", "XDR_LB:enumeration", "XDR_SHXYM:checkCharacter",
        "YXQ:dateOrder", "JDRQ:notFuture", "NR_FK:requiredWhen", "SJLYDM:sourceMismatch");
    for (int i = 0; i < expected.size(); i++) {
      JsonNode record = result.at("/results/" + i);
      assertThat(record.get("status").asString()).isEqualTo("REJECTED");
      List<String> found = new ArrayList<>();
      record.get("violations").forEach(v -> {
        found.add(v.get("field").asString() + ":" + v.get("rule").asString());
        assertThat(v.get("message").asString()).isNotBlank();
        assertThat(v.get("messageEn").asString()).isNotBlank();
      });
      assertThat(found).as("record %d", i).contains(expected.get(i));
    }
  }

  @Test
  void aMixedBatchAnswersPerRecord() {
    List<Map<String, String>> rows = List.of(penalty(8, r -> {}), penalty(9, r -> r.put("SY", "")), penalty(10, r -> {}));
    JsonNode result = submit("ADMINISTRATIVE_PENALTY", Samples.MARKET_SUPERVISION, "mixed-" + UUID.randomUUID(), rows,
        department()).at("/data/submitRecords");

    assertThat(result.get("__typename").asString()).isEqualTo("SubmitRecordsResult");
    assertThat(result.get("acceptedCount").asInt()).isEqualTo(2);
    assertThat(result.at("/results/0/status").asString()).isEqualTo("CREATED");
    assertThat(result.at("/results/0/version").asInt()).isEqualTo(1);
    assertThat(result.at("/results/0/recordId").asString()).hasSize(32);
    assertThat(result.at("/results/1/status").asString()).isEqualTo("REJECTED");
    assertThat(result.at("/results/1/recordId").isNull()).isTrue();
    assertThat(result.at("/results/2/index").asInt()).isEqualTo(2);
  }

  @Test
  void resubmittingChangesNothingAndACorrectionKeepsHistory() throws IOException {
    List<Map<String, String>> rows = List.of(penalty(11, r -> {}));
    JsonNode first = submit("ADMINISTRATIVE_PENALTY", Samples.MARKET_SUPERVISION, "b1", rows, department())
        .at("/data/submitRecords/results/0");
    String id = first.get("recordId").asString();
    long esVersion = client.get(g -> g.index("credit-records").id(id), Void.class).version();

    JsonNode again = submit("ADMINISTRATIVE_PENALTY", Samples.MARKET_SUPERVISION, "b2", rows, department())
        .at("/data/submitRecords/results/0");
    assertThat(again.get("status").asString()).isEqualTo("UNCHANGED");
    assertThat(again.get("version").asInt()).isEqualTo(1);
    assertThat(client.get(g -> g.index("credit-records").id(id), Void.class).version()).isEqualTo(esVersion);

    JsonNode corrected = submit("ADMINISTRATIVE_PENALTY", Samples.MARKET_SUPERVISION, "b3",
        List.of(penalty(11, r -> r.put("NR", r.get("NR") + "（更正）"))), department()).at("/data/submitRecords/results/0");
    assertThat(corrected.get("status").asString()).isEqualTo("UPDATED");
    assertThat(corrected.get("version").asInt()).isEqualTo(2);
    assertThat(corrected.get("recordId").asString()).isEqualTo(id);
    JsonNode stored = client.get(g -> g.index("credit-records").id(id), JsonNode.class).source();
    assertThat(stored.get("version").asInt()).isEqualTo(2);
    assertThat(stored.get("summary").asString()).endsWith("（更正）");
    assertThat(stored.get("updatedAt").asString()).isNotEqualTo(stored.get("createdAt").asString());
    JsonNode history = client.get(g -> g.index("credit-record-history").id(id + "-v1"), JsonNode.class).source();
    assertThat(history.get("version").asInt()).isEqualTo(1);
    assertThat(history.at("/previous/summary").asString()).doesNotEndWith("（更正）");

    // Each value is stored once (NR is the summary, WSH the document number, at top level only) and
    // readers get the whole row back, the previous version's too.
    assertThat(stored.get("attributes").has("NR")).isFalse();
    assertThat(stored.get("attributes").has("WSH")).isFalse();
    assertThat(stored.get("attributes").has("SY")).isTrue();
    FullRecord now = jsonMapper.treeToValue(stored, FullRecord.class);
    assertThat(now.attribute("NR")).isEqualTo(stored.get("summary").asString()).endsWith("（更正）");
    assertThat(now.attribute("WSH")).isEqualTo(stored.get("documentNumber").asString());
    assertThat(now.attribute("JDRQ")).isEqualTo(stored.get("decisionDate").asString());
    FullRecord before = jsonMapper.treeToValue(history.get("previous"), FullRecord.class);
    assertThat(before.attribute("NR")).isEqualTo(history.at("/previous/summary").asString()).doesNotEndWith("（更正）");
    assertThat(before.attribute("SY")).isEqualTo(now.attribute("SY"));
  }

  @Test
  void aCorrectionWhoseHistoryCannotBeWrittenReplacesNothingAndARerunCompletesIt() throws IOException {
    List<Map<String, String>> rows = List.of(penalty(12, r -> {}));
    String id = submit("ADMINISTRATIVE_PENALTY", Samples.MARKET_SUPERVISION, "h1", rows, department())
        .at("/data/submitRecords/results/0/recordId").asString();
    List<Map<String, String>> correction = List.of(penalty(12, r -> r.put("NR", r.get("NR") + "（更正）")));

    client.indices().close(c -> c.index("credit-record-history"));
    JsonNode failed;
    try {
      failed = submit("ADMINISTRATIVE_PENALTY", Samples.MARKET_SUPERVISION, "h2", correction, department());
    } finally {
      client.indices().open(o -> o.index("credit-record-history"));
    }
    assertThat(failed.path("errors").isEmpty()).as(failed.toString()).isFalse();
    assertThat(failed.toString()).doesNotContain("index_closed").doesNotContain("Exception");
    JsonNode untouched = client.get(g -> g.index("credit-records").id(id), JsonNode.class).source();
    assertThat(untouched.get("version").asInt()).isEqualTo(1);
    assertThat(untouched.get("summary").asString()).doesNotEndWith("（更正）");

    JsonNode rerun = submit("ADMINISTRATIVE_PENALTY", Samples.MARKET_SUPERVISION, "h3", correction, department())
        .at("/data/submitRecords/results/0");
    assertThat(rerun.get("status").asString()).isEqualTo("UPDATED");
    assertThat(rerun.get("version").asInt()).isEqualTo(2);
    JsonNode history = client.get(g -> g.index("credit-record-history").id(id + "-v1"), JsonNode.class).source();
    assertThat(history.at("/previous/summary").asString()).doesNotEndWith("（更正）");
  }

  @Test
  void anotherDepartmentsCodeOrCategoryIsRefusedWhole() {
    List<Map<String, String>> rows = List.of(penalty(12, r -> {}));
    JsonNode foreign = submit("ADMINISTRATIVE_PENALTY", Samples.TAX_BUREAU, "f1", rows, department())
        .at("/data/submitRecords");
    assertThat(foreign.get("__typename").asString()).isEqualTo("SubmissionRefused");
    assertThat(foreign.get("reason").asString()).isEqualTo("FOREIGN_DEPARTMENT");

    JsonNode category = submit("TAX_RATING", Samples.MARKET_SUPERVISION, "f2", rows, department())
        .at("/data/submitRecords");
    assertThat(category.get("reason").asString()).isEqualTo("CATEGORY_NOT_ALLOWED");

    JsonNode noScope = submit("ADMINISTRATIVE_PENALTY", Samples.MARKET_SUPERVISION, "f3", rows,
        TestTokens.of("demo-department", "DEPARTMENT", Samples.MARKET_SUPERVISION, "subject:read"));
    assertThat(noScope.at("/errors/0/extensions/classification").asString()).isEqualTo("FORBIDDEN");
  }

  @Test
  void batchSizeIsBounded() {
    JsonNode empty = submit("ADMINISTRATIVE_PENALTY", Samples.MARKET_SUPERVISION, "e1", List.of(), department());
    assertThat(empty.at("/errors/0/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
    assertThat(empty.at("/errors/0/extensions/argument").asString()).isEqualTo("records");
  }

  @Test
  void idNumbersAreStoredAndKeptOnlyMasked(CapturedOutput output) throws IOException {
    Map<String, String> person = new LinkedHashMap<>(Samples.csv("administrative-penalty.csv").stream()
        .filter(r -> r.get("XDR_LB").equals("自然人")).findFirst().orElseThrow());
    person.put("SJLY", "示范市市场监督管理局");
    person.put("SJLYDM", Samples.MARKET_SUPERVISION);
    person.put("WSH", person.get("WSH") + "-" + RUN);
    String idNumber = person.get("XDR_ZJHM");
    person.put("BZ", "当事人身份证号码" + idNumber);
    Map<String, String> refused = new LinkedHashMap<>(person);
    refused.put("WSH", refused.get("WSH") + "-R");
    refused.put("SY", "");
    refused.put("BZ", "证件号 " + idNumber);
    String batchId = "pii-" + UUID.randomUUID();

    JsonNode result = submit("ADMINISTRATIVE_PENALTY", Samples.MARKET_SUPERVISION, batchId, List.of(person, refused),
        department()).at("/data/submitRecords");
    assertThat(result.at("/results/0/status").asString()).isEqualTo("CREATED");
    String id = result.at("/results/0/recordId").asString();
    String stored = client.get(g -> g.index("credit-records").id(id), JsonNode.class).source().toString();
    assertThat(stored).doesNotContain(idNumber).contains(idNumber.substring(0, 4) + "**********");
    String subjectId = client.get(g -> g.index("credit-records").id(id), JsonNode.class).source().get("subjectId").asString();
    assertThat(client.get(g -> g.index("credit-subjects").id(subjectId), JsonNode.class).source().toString())
        .doesNotContain(idNumber);

    JsonNode rejections = graphQl().post(REJECTED, Map.of("batchId", batchId), department()).body();
    assertThat(rejections.at("/data/rejectedRecords/edges")).hasSize(1);
    assertThat(rejections.at("/data/rejectedRecords/edges/0/node/line").asInt()).isEqualTo(2);
    assertThat(rejections.toString()).doesNotContain(idNumber);
    var hits = client.search(s -> s.index("ingest-rejections").query(q -> q.term(t -> t.field("batchId").value(batchId))),
        JsonNode.class).hits().hits();
    assertThat(hits).hasSize(1);
    assertThat(hits.getFirst().source().toString()).doesNotContain(idNumber);
    assertThat(output.getAll()).doesNotContain(idNumber);
  }

  @Test
  void rejectionsAreVisibleToTheirDepartmentAndAdministratorsOnly() {
    String batchId = "vis-" + UUID.randomUUID();
    submit("ADMINISTRATIVE_PENALTY", Samples.MARKET_SUPERVISION, batchId, List.of(penalty(13, r -> r.put("SY", ""))),
        department());

    var own = graphQl().post(REJECTED, Map.of("batchId", batchId), department()).body();
    assertThat(own.at("/data/rejectedRecords/edges/0/node/departmentCode").asString()).isEqualTo(Samples.MARKET_SUPERVISION);
    var other = graphQl().post(REJECTED, Map.of("batchId", batchId),
        TestTokens.of("tax", "DEPARTMENT", Samples.TAX_BUREAU, "records:write rejections:read")).body();
    assertThat(other.at("/data/rejectedRecords/edges")).isEmpty();
    var admin = graphQl().post(REJECTED, Map.of("batchId", batchId),
        TestTokens.of("admin", "PLATFORM_ADMIN", "11370982MB2849XK1M", "rejections:read")).body();
    assertThat(admin.at("/data/rejectedRecords/edges")).hasSize(1);
    var bank = graphQl().post(REJECTED, Map.of("batchId", batchId), TestTokens.gateway("subject:read")).body();
    assertThat(bank.at("/errors/0/extensions/classification").asString()).isEqualTo("FORBIDDEN");
    assertThat(bank.at("/errors/0/extensions/scope").asString()).isEqualTo("rejections:read");
    // The scope alone is not enough: a bank that somehow held it still sees no department's rejections.
    var bankWithScope = graphQl().post(REJECTED, Map.of("batchId", batchId), TestTokens.gateway("rejections:read")).body();
    assertThat(bankWithScope.at("/errors/0/extensions/classification").asString()).isEqualTo("FORBIDDEN");
  }

  private static String flipLast(String code) {
    char last = code.charAt(17);
    return code.substring(0, 17) + (last == '0' ? '1' : '0');
  }
}
