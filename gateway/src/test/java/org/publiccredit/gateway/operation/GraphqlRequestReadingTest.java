package org.publiccredit.gateway.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.publiccredit.gateway.call.GraphqlOperation;
import org.publiccredit.gateway.call.OperationType;
import org.publiccredit.gateway.error.ProblemWriter;
import org.publiccredit.gateway.operation.OperationCosts.PerItem;
import tools.jackson.databind.json.JsonMapper;

/** Reading and pricing a request body, without Spring. */
class GraphqlRequestReadingTest {

  private static final OperationCosts COSTS = new OperationCosts(5,
      Map.of("subject", 1, "dualCheck", 20, "__typename", 0),
      Map.of("submitRecords", new PerItem("records", 50, 20),
          "shareTaxRatings", new PerItem("input.ratings", 5, 20)));

  private final GraphqlRequestFilter filter = new GraphqlRequestFilter(
      new GraphqlRequestReader(JsonMapper.builder().build()), new OperationParser(1000),
      new OperationPricer(COSTS), new ProblemWriter(JsonMapper.builder().build()),
      null); // reading only: no exchange, so no nonce to claim

  @Test
  void readsTypeNameAndRootFields() {
    GraphqlOperation operation = read("""
        {"query": "query Lookup($c: ID!) { subject(code: $c) { name } __typename }",
         "operationName": "Lookup", "variables": {"c": "91370982MA3C4A1Q19"}}""");

    assertThat(operation).isEqualTo(new GraphqlOperation(OperationType.QUERY, "Lookup",
        java.util.List.of("subject", "__typename"), 1));
  }

  @Test
  void resolvesFragmentsAndChargesEveryAlias() {
    GraphqlOperation operation = read(body("""
        mutation { ...checks ... on Mutation { c: dualCheck(code: \\"3\\") { r } } }
        fragment checks on Mutation { a: dualCheck(code: \\"1\\") { r } b: subject { n } }"""));

    assertThat(operation.type()).isEqualTo(OperationType.MUTATION);
    assertThat(operation.rootFields()).containsExactly("dualCheck", "subject", "dualCheck");
    assertThat(operation.cost()).isEqualTo(41);
  }

  @Test
  void picksTheNamedOperation() {
    GraphqlOperation operation = read("""
        {"query": "query A { subject { n } } mutation B { dualCheck { r } }",
         "operationName": "B"}""");
    assertThat(operation.name()).isEqualTo("B");
    assertThat(operation.cost()).isEqualTo(20);
  }

  @Test
  void chargesUnknownFieldsTheDefaultAndAnyCallAtLeastOne() {
    assertThat(read(body("{ somethingNew { x } }")).cost()).isEqualTo(5);
    assertThat(read(body("{ __typename }")).cost()).isEqualTo(1);
  }

  @Test
  void pricesASubmissionByItsRecords() {
    String inline = "mutation { submitRecords(records: [" + "{id: 1},".repeat(120) + "]) { n } }";
    assertThat(read(body(inline)).cost()).isEqualTo(3);
    assertThat(read("""
        {"query": "mutation($r: [Rec!]!) { submitRecords(records: $r) { n } }",
         "variables": {"r": [%s]}}""".formatted("{},".repeat(999) + "{}")).cost()).isEqualTo(20);
    assertThat(read(body("mutation($i: In!) { submitRecords(records: $i) { n } }")).cost())
        .isEqualTo(20);
    assertThat(read(body("mutation { submitRecords(records: []) { n } }")).cost()).isEqualTo(1);
  }

  @Test
  void pricesAListInsideAnInputObjectInlineOrInVariablesAtAnyLevel() {
    String ratings = "{},".repeat(11) + "{}";
    assertThat(read(body("mutation { shareTaxRatings(input: { ratings: [" + ratings + "] }) { n } }")).cost())
        .isEqualTo(3);
    assertThat(read("""
        {"query": "mutation($i: In!) { shareTaxRatings(input: $i) { n } }",
         "variables": {"i": {"ratings": [%s]}}}""".formatted(ratings)).cost()).isEqualTo(3);
    assertThat(read("""
        {"query": "mutation($r: [R!]!) { shareTaxRatings(input: { ratings: $r }) { n } }",
         "variables": {"r": [{}]}}""").cost()).isEqualTo(1);
    // Not countable (the variable holds no list): the flat price of a full batch.
    assertThat(read("""
        {"query": "mutation($i: In!) { shareTaxRatings(input: $i) { n } }",
         "variables": {"i": {"ratings": "many"}}}""").cost()).isEqualTo(20);
  }

  @Test
  void refusesWhatIsNotOneGraphqlRequest() {
    assertReason("[{\"query\": \"{ subject { n } }\"}]", "batched-requests-refused");
    assertReason("not json", "invalid-graphql-request");
    assertReason("", "invalid-graphql-request");
    assertReason("\"{ subject { n } }\"", "invalid-graphql-request");
    assertReason("{\"query\": 42}", "invalid-graphql-request");
    assertReason(body("{ subject(code: "), "invalid-graphql-request");
    assertReason(body("query A { a } query B { b }"), "invalid-graphql-request");
    assertReason(body("{ ...f } fragment f on Query { ...f }"), "invalid-graphql-request");
    assertReason(body("fragment f on Query { a }"), "invalid-graphql-request");
    assertReason("{\"query\": \"{ a }\", \"operationName\": \"Missing\"}",
        "invalid-graphql-request");
    assertReason(body("{ a }".repeat(1000)), "invalid-graphql-request");
  }

  private GraphqlOperation read(String body) {
    return filter.read(body.getBytes(StandardCharsets.UTF_8));
  }

  private static String body(String query) {
    return "{\"query\": \"" + query.replace("\n", " ") + "\"}";
  }

  private void assertReason(String body, String reason) {
    assertThatThrownBy(() -> read(body)).as(body)
        .isInstanceOfSatisfying(InvalidGraphqlRequestException.class,
            e -> assertThat(e.reason()).isEqualTo(reason));
  }
}
