package org.publiccredit.gateway.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;

/** GET /credit-reports/{number}.pdf: signed like every call, forwarded with the identity token. */
class ReportDocumentRouteIT extends GatewayIntegrationTest {

  private static final String PATH = "/credit-reports/CR20261125-7K3MQ9TD2A.pdf";
  private static final byte[] PDF = "%PDF-1.7 test".getBytes(StandardCharsets.US_ASCII);

  @Test
  void aSignedGetReachesTheServiceWithTheIdentityToken() {
    GraphqlServiceStub.server().stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/pdf").withBody(PDF)));

    byte[] body = signedGet(PATH).expectStatus().isOk()
        .expectHeader().contentType("application/pdf")
        .expectHeader().exists("RateLimit")
        .expectBody().returnResult().getResponseBody();

    assertThat(body).isEqualTo(PDF);
    var forwarded = GraphqlServiceStub.server().findAll(getRequestedFor(urlPathEqualTo(PATH)));
    assertThat(forwarded).hasSize(1);
    assertThat(forwarded.getFirst().getHeader("Authorization")).startsWith("Bearer ey");
    assertThat(forwarded.getFirst().containsHeader("Signature")).isFalse();
  }

  @Test
  void anUnsignedGetIsRefused() {
    assertRefused(client().get().uri(PATH).exchange(), 401, "missing-signature");
  }

  @Test
  void otherGetsAreStillRefused() {
    Map<String, String> headers = signer("demo-bank").sign("GET", URI.create("http://localhost:" + port + "/graphql"), null);
    var response = client().get().uri("/graphql").headers(h -> headers.forEach(h::set)).exchange();
    response.expectStatus().isEqualTo(405);
  }

  private WebTestClient.ResponseSpec signedGet(String path) {
    Map<String, String> headers = signer("demo-bank").sign("GET", URI.create("http://localhost:" + port + path), null);
    return client().get().uri(path).headers(h -> headers.forEach(h::set)).exchange();
  }
}
