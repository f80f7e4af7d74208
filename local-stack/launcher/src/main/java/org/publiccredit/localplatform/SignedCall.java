package org.publiccredit.localplatform;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.publiccredit.signing.RequestSigner;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code ./platform call}: the reference implementation of a signed call. Builds the GraphQL
 * request body, signs it with the client's key and prints the gateway's answer. Exit status 0 when
 * the call succeeded without GraphQL errors, 1 otherwise.
 */
final class SignedCall {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SignedCall() {
    }

    static int run(Path root, List<String> args, PrintStream out, PrintStream err) {
        Map<String, String> options = options(args);
        String client = required(options, "--client");
        String query = required(options, "--query");
        Path keyFile = Path.of(options.getOrDefault("--key", root.resolve("config/demo-keys/" + client + ".key").toString()));
        URI gateway = URI.create(options.getOrDefault("--gateway",
                "http://127.0.0.1:" + System.getenv().getOrDefault("PLATFORM_GATEWAY_PORT", "8080")));
        if (!Files.isRegularFile(keyFile)) {
            throw new IllegalArgumentException("no key for client '" + client + "' at " + keyFile + " (use --key <file>)");
        }

        byte[] body = requestBody(query, options.get("--variables"));
        URI target = gateway.resolve("/graphql");
        Map<String, String> signature = RequestSigner.fromKeyFile(client, keyFile).sign("POST", target, body);

        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/graphql-response+json, application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        signature.forEach(request::header);
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode answer = parseOrNull(response.body());
            out.println(answer == null ? response.body() : JSON.writerWithDefaultPrettyPrinter().writeValueAsString(answer));
            if (response.statusCode() != 200) {
                err.println("HTTP " + response.statusCode());
                return 1;
            }
            return answer != null && answer.has("errors") ? 1 : 0;
        } catch (IOException e) {
            err.println("cannot reach the gateway at " + gateway + ": " + e.getMessage() + " (is ./platform up running?)");
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    static byte[] requestBody(String query, @Nullable String variables) {
        ObjectNode body = JSON.createObjectNode();
        body.put("query", query);
        if (variables != null) {
            try {
                JsonNode parsed = JSON.readTree(variables);
                if (!parsed.isObject()) {
                    throw new IllegalArgumentException("--variables must be a JSON object");
                }
                body.set("variables", parsed);
            } catch (JacksonException e) {
                throw new IllegalArgumentException("--variables is not valid JSON: " + e.getOriginalMessage());
            }
        }
        return JSON.writeValueAsBytes(body);
    }

    private static @Nullable JsonNode parseOrNull(String text) {
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            return null;
        }
    }

    private static Map<String, String> options(List<String> args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String name = args.get(i);
            if (!name.startsWith("--") || i + 1 >= args.size()) {
                throw new IllegalArgumentException("expected --option value pairs, got '" + name + "'");
            }
            options.put(name, args.get(++i));
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing " + name);
        }
        return value;
    }
}
