package org.publiccredit.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The gateway reads the GraphQL request: one operation per POST, or a 400 problem. */
class GraphqlRequestIT extends GatewayIntegrationTest {

  @Test
  void forwardsAReadableOperationUnchanged() {
    byte[] body = graphql("query Lookup { subject(code: \"91370982MA3C4A1Q19\") { name } }");
    call(signer("demo-bank"), body).expectStatus().isOk();
    assertThat(GraphqlServiceStub.graphqlRequests().getFirst().getBody()).isEqualTo(body);
  }

  @Test
  void refusesABatch() {
    byte[] batch = ("[" + new String(query(), StandardCharsets.UTF_8) + ","
        + new String(query(), StandardCharsets.UTF_8) + "]").getBytes(StandardCharsets.UTF_8);
    assertRefused(call(signer("demo-bank"), batch), 400, "batched-requests-refused");
  }

  @Test
  void refusesABodyThatIsNotJson() {
    assertRefused(call(signer("demo-bank"), "query { subject }".getBytes(StandardCharsets.UTF_8)),
        400, "invalid-graphql-request");
  }

  @Test
  void refusesAQueryThatIsNotGraphql() {
    assertRefused(call(signer("demo-bank"), graphql("{ subject(code: ")), 400,
        "invalid-graphql-request");
  }

  @Test
  void refusesSeveralOperationsWithoutAName() {
    assertRefused(call(signer("demo-bank"), graphql("query A { subject(code: \"1\") { name } }"
        + " query B { subject(code: \"2\") { name } }")), 400, "invalid-graphql-request");
  }

  @Test
  void refusesAJsonObjectWithoutAQuery() {
    assertRefused(call(signer("demo-bank"),
        "{\"operationName\":\"A\"}".getBytes(StandardCharsets.UTF_8)), 400,
        "invalid-graphql-request");
  }
}
