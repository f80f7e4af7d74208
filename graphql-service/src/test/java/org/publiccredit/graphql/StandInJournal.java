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

  /**
   * Report requests for one subject code, once the count has settled: the stand-in answers
   * asynchronously and journals a request only after answering it, so a count read at once may
   * lag, and a count over all subjects could include a late answer of an earlier test.
   */
  static int reportRequests(String subjectCode, int expected) {
    long deadline = System.nanoTime() + 3_000_000_000L;
    int count = count(subjectCode);
    while (count < expected && System.nanoTime() < deadline) {
      sleep(50);
      count = count(subjectCode);
    }
    sleep(200);
    return count(subjectCode);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Report requests for one subject code that asked for no compressed answer (no Accept-Encoding). */
  static int uncompressedReportRequests(String subjectCode) {
    return count(subjectCode, ", \"headers\": {\"Accept-Encoding\": {\"absent\": true}}");
  }

  private static int count(String subjectCode) {
    return count(subjectCode, "");
  }

  private static int count(String subjectCode, String moreCriteria) {
    var request = HttpRequest.newBuilder(URI.create(LocalStack.creditReference().baseUrl() + "/__admin/requests/count"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(
            "{\"method\": \"POST\", \"urlPath\": \"/credit-reference/v2/reports\","
                + " \"bodyPatterns\": [{\"contains\": \"" + subjectCode + "\"}]" + moreCriteria + "}"))
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
