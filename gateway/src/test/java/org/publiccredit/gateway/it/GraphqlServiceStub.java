package org.publiccredit.gateway.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;

/** WireMock standing in for the GraphQL service; one per test JVM, stopped at JVM exit. */
final class GraphqlServiceStub {

  static final String ANSWER = "{\"data\":{\"subject\":{\"name\":\"示范农商银行\"}}}";

  private static final WireMockServer SERVER = start();

  private GraphqlServiceStub() {}

  static WireMockServer server() {
    return SERVER;
  }

  static String baseUrl() {
    return SERVER.baseUrl();
  }

  /** Back to a healthy service answering every query, with no requests recorded. */
  static void reset() {
    SERVER.resetAll();
    SERVER.stubFor(post(urlPathEqualTo("/graphql")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody(ANSWER)));
    health(200, "UP", 0);
  }

  static void health(int status, String state, int delayMillis) {
    SERVER.stubFor(get(urlPathEqualTo("/actuator/health")).willReturn(aResponse()
        .withStatus(status).withFixedDelay(delayMillis)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"status\":\"" + state + "\"}")));
  }

  /** The service accepts a query, then drops the connection without answering. */
  static void resetConnections() {
    SERVER.stubFor(post(urlPathEqualTo("/graphql"))
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
  }

  /** The service answers queries with this header besides the usual answer. */
  static void answerWithHeader(String name, String value) {
    SERVER.stubFor(post(urlPathEqualTo("/graphql")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withHeader(name, value)
        .withBody(ANSWER)));
  }

  /** The service answers with these headers (name, value, name, value ...). */
  static void answerWithHeaders(String... namesAndValues) {
    var response = aResponse().withStatus(200).withHeader("Content-Type", "application/json");
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      response.withHeader(namesAndValues[i], namesAndValues[i + 1]);
    }
    SERVER.stubFor(post(urlPathEqualTo("/graphql")).willReturn(response.withBody(ANSWER)));
  }

  /** The service answers queries only after the delay. */
  static void answerSlowly(int delayMillis) {
    SERVER.stubFor(post(urlPathEqualTo("/graphql")).willReturn(aResponse().withStatus(200)
        .withFixedDelay(delayMillis).withHeader("Content-Type", "application/json")
        .withBody(ANSWER)));
  }

  /** The service answers queries with this status and a body of its own. */
  static void failWith(int status) {
    SERVER.stubFor(post(urlPathEqualTo("/graphql")).willReturn(aResponse().withStatus(status)
        .withHeader("Content-Type", "application/json").withBody("{\"error\":\"internal\"}")));
  }

  /** What reached the service's GraphQL endpoint (health probes are not counted). */
  static List<LoggedRequest> graphqlRequests() {
    return SERVER.findAll(postRequestedFor(urlPathEqualTo("/graphql")));
  }

  private static WireMockServer start() {
    WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1")
        .containerThreads(8).jettyAcceptors(1));
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "graphql-service-stub-stop"));
    return server;
  }
}
