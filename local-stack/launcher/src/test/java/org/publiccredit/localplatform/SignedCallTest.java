package org.publiccredit.localplatform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignedCallTest {

    @Test
    void theBodyCarriesQueryAndVariablesAsJson() {
        String body = new String(SignedCall.requestBody("query($c: ID!) { subject(code: $c) { name } }",
                "{\"c\": \"91370982MA3C4A1Q19\"}"), StandardCharsets.UTF_8);

        assertThat(body).isEqualTo(
                "{\"query\":\"query($c: ID!) { subject(code: $c) { name } }\",\"variables\":{\"c\":\"91370982MA3C4A1Q19\"}}");
    }

    @Test
    void variablesMustBeAJsonObject() {
        assertThatThrownBy(() -> SignedCall.requestBody("{ x }", "[1]")).hasMessageContaining("JSON object");
        assertThatThrownBy(() -> SignedCall.requestBody("{ x }", "{nope")).hasMessageContaining("not valid JSON");
    }

    @Test
    void anUnknownClientWithoutKeyIsExplained() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SignedCall.run(Path.of("../.."), List.of("--client", "nobody", "--query", "{ x }"), sink, sink))
                .hasMessageContaining("no key for client 'nobody'");
    }

    @Test
    void unreachableGatewayIsAClearFailureNotAStackTrace() {
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(errors, true, StandardCharsets.UTF_8);
        int status = SignedCall.run(Path.of("../.."), List.of("--client", "demo-bank", "--query", "{ x }",
                "--gateway", "http://127.0.0.1:1"), System.out, err);

        assertThat(status).isEqualTo(1);
        assertThat(errors.toString(StandardCharsets.UTF_8)).contains("cannot reach the gateway");
    }

    @Test
    void portsComeFromTheEnvironment() {
        PlatformSettings settings = PlatformSettings.fromEnvironment(Path.of("/repo"),
                Map.of("PLATFORM_GATEWAY_PORT", "18080", "PLATFORM_DATA_DIR", "/tmp/pc"), true);

        assertThat(settings.gatewayPort()).isEqualTo(18080);
        assertThat(settings.graphqlPort()).isEqualTo(8081);
        assertThat(settings.dataDir()).isEqualTo(Path.of("/tmp/pc"));
        assertThatThrownBy(() -> PlatformSettings.fromEnvironment(Path.of("/repo"), Map.of("PLATFORM_REDIS_PORT", "x"), false))
                .hasMessageContaining("PLATFORM_REDIS_PORT");
    }
}
