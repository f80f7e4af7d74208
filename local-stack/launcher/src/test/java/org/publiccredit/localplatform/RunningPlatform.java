package org.publiccredit.localplatform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.publiccredit.signing.RequestSigner;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real platform (Elasticsearch node, Redis, stand-in, both service jars) started the way
 * {@code ./platform up} starts it, once per test JVM and shared by the end-to-end tests (starting
 * it costs about 20 s), stopped when the JVM exits; and signed calls through its gateway.
 */
final class RunningPlatform {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    private static LocalPlatform platform;

    /** A gateway answer: status, headers and the JSON body. */
    record Answer(int status, HttpHeaders headers, JsonNode body) {
        String requestId() {
            return headers.firstValue("X-Request-Id").orElseThrow();
        }
    }

    private RunningPlatform() {}

    static synchronized LocalPlatform get() {
        if (platform == null) {
            try {
                Path root = Path.of("../..").toAbsolutePath().normalize();
                PlatformSettings settings = PlatformSettings.defaults(root)
                        .withDataDir(Path.of("target/e2e-data").toAbsolutePath(), true)
                        .withPorts(freePort(), freePort(), 0, 0, 0);
                platform = LocalPlatform.start(settings);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            LocalPlatform started = platform;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "e2e-platform-stop"));
        }
        return platform;
    }

    /** A GraphQL call through the gateway, signed with the demo client's key. */
    static Answer call(String client, String query) throws IOException, InterruptedException {
        byte[] body = SignedCall.requestBody(query, null);
        URI target = get().gatewayUri().resolve("/graphql");
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        signer(client).sign("POST", target, body).forEach(request::header);
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.headers(), JSON.readTree(response.body()));
    }

    static RequestSigner signer(String client) {
        return RequestSigner.fromKeyFile(client, get().settings().root().resolve("config/demo-keys/" + client + ".key"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
