package org.publiccredit.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bodies over the limit (64 KB in these tests) are refused with 413 and never forwarded. */
class BodyLimitIT extends GatewayIntegrationTest {

  private static final byte[] OVERSIZE = ("{\"query\":\"" + "x".repeat(100_000) + "\"}")
      .getBytes(StandardCharsets.UTF_8);

  @Test
  void refusesAnOversizeBodyByItsContentLength() {
    assertRefused(post(sign(signer("demo-bank"), OVERSIZE), OVERSIZE), 413, "body-too-large");
  }

  @Test
  void refusesAnOversizeChunkedBodyOnTheBytesReceived() throws Exception {
    HttpResponse<String> response = sendChunked(OVERSIZE);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
    assertThat(response.body()).contains("\"reason\":\"body-too-large\"");
    assertThat(GraphqlServiceStub.graphqlRequests()).isEmpty();
  }

  @Test
  void acceptsAChunkedBodyUnderTheLimit() throws Exception {
    HttpResponse<String> response = sendChunked(query());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(GraphqlServiceStub.graphqlRequests().getFirst().getBody()).isEqualTo(query());
  }

  /** Java's client sends a body of unknown length with Transfer-Encoding: chunked. */
  private HttpResponse<String> sendChunked(byte[] body) throws Exception {
    Map<String, String> headers = sign(signer("demo-bank"), body);
    HttpRequest.Builder request = HttpRequest.newBuilder(graphqlUri())
        .timeout(Duration.ofSeconds(20))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
    headers.forEach(request::header);
    try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
  }
}
