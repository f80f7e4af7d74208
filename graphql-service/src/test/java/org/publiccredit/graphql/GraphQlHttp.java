package org.publiccredit.graphql;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plain HTTP calls, so that tests control every header (or its absence). */
final class GraphQlHttp {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private final int port;
  private final JsonMapper jsonMapper;

  GraphQlHttp(int port, JsonMapper jsonMapper) {
    this.port = port;
    this.jsonMapper = jsonMapper;
  }

  record Response(int status, String contentType, JsonNode body, Map<String, List<String>> headers) {

    @Nullable String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> String.join(",", e.getValue())).findFirst().orElse(null);
    }
  }

  Response post(String query, Map<String, Object> variables, @Nullable String token) {
    String json = jsonMapper.writeValueAsString(Map.of("query", query, "variables", variables));
    var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
        .header("Content-Type", "application/json")
        .header("X-Request-Id", "it-request-1")
        .POST(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request.build());
  }

  /** A body as given, so that tests can send what no GraphQL client would. */
  Response postRaw(String body, @Nullable String token) {
    var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request.build());
  }

  Response get(String path, String token) {
    return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build());
  }

  Response get(String path) {
    return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build());
  }

  private Response send(HttpRequest request) {
    try {
      HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      String body = response.body();
      return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
          body.isEmpty() || !body.startsWith("{") ? jsonMapper.createObjectNode() : jsonMapper.readTree(body),
          response.headers().map());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
