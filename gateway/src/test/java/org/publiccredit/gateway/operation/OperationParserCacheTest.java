package org.publiccredit.gateway.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.publiccredit.gateway.call.OperationType;
import org.publiccredit.gateway.error.ProblemWriter;
import org.publiccredit.gateway.operation.OperationCosts.PerItem;
import tools.jackson.databind.json.JsonMapper;

/** The cache of parsed operations must never change what a request is read as. */
class OperationParserCacheTest {

  private static final String TWO_OPERATIONS = "query A { subject { n } } mutation B { dualCheck { r } }";

  private final OperationParser parser = new OperationParser(1000, 10_000);

  @Test
  void parsesTheSameTextOnce() {
    ParsedOperation first = parser.parse("{ subject(code: $c) { name } }", null);

    assertThat(parser.parse("{ subject(code: $c) { name } }", null)).isSameAs(first);
    assertThat(parser.parse("{ subject(code: $c) { code } }", null)).isNotSameAs(first);
  }

  @Test
  void theOperationNameIsPartOfWhatIsCached() {
    assertThat(parser.parse(TWO_OPERATIONS, "A").type()).isEqualTo(OperationType.QUERY);
    assertThat(parser.parse(TWO_OPERATIONS, "B").type()).isEqualTo(OperationType.MUTATION);
    assertThat(parser.parse(TWO_OPERATIONS, "A").rootFields().getFirst().getName())
        .isEqualTo("subject");
  }

  @Test
  void aDocumentThatDoesNotParseIsRefusedEveryTime() {
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> parser.parse("{ subject(", null))
          .isInstanceOf(InvalidGraphqlRequestException.class);
    }
    assertThatThrownBy(() -> parser.parse(TWO_OPERATIONS, null))
        .isInstanceOf(InvalidGraphqlRequestException.class);
  }

  @Test
  void aCachedOperationIsStillPricedByItsVariables() {
    GraphqlRequestFilter filter = new GraphqlRequestFilter(
        new GraphqlRequestReader(JsonMapper.builder().build()), parser,
        new OperationPricer(new OperationCosts(5, Map.of(),
            Map.of("submitRecords", new PerItem("records", 50, 20)))),
        new ProblemWriter(JsonMapper.builder().build()),
      null); // reading only: no exchange, so no nonce to claim
    String query = "mutation($r: [RecordInput!]!) { submitRecords(records: $r) { accepted } }";

    assertThat(filter.read(body(query, 120)).cost()).isEqualTo(3);
    assertThat(filter.read(body(query, 30)).cost()).isEqualTo(1);
  }

  @Test
  void withoutACacheEveryRequestIsParsed() {
    OperationParser uncached = new OperationParser(1000, 0);

    assertThat(uncached.parse("{ subject { n } }", null))
        .isNotSameAs(uncached.parse("{ subject { n } }", null));
  }

  private static byte[] body(String query, int records) {
    String list = String.join(",", java.util.Collections.nCopies(records, "{}"));
    return ("{\"query\":\"" + query.replace("\"", "\\\"") + "\",\"variables\":{\"r\":[" + list + "]}}")
        .getBytes(StandardCharsets.UTF_8);
  }
}
