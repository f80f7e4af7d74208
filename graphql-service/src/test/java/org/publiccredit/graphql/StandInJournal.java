package org.publiccredit.graphql;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.publiccredit.localstack.junit.LocalStack;
import tools.jackson.databind.json.JsonMapper;

/** How many report requests reached the stand-in, from WireMock's request journal over HTTP. */
final class StandInJournal {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private StandInJournal() {}

  static int reportRequests() {
    var request = HttpRequest.newBuilder(URI.create(LocalStack.creditReference().baseUrl() + "/__admin/requests/count"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(
            "{\"method\": \"POST\", \"urlPath\": \"/credit-reference/v2/reports\"}"))
        .build();
    try {
      String body = CLIENT.send(request, HttpResponse.BodyHandlers.ofString()).body();
      return JsonMapper.builder().build().readTree(body).get("count").asInt();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
