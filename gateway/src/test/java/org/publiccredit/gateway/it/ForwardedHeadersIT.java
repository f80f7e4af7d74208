package org.publiccredit.gateway.it;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Behind a trusted proxy (forward-headers-strategy) the signed URI is the public one. */
@TestPropertySource(properties = "server.forward-headers-strategy=framework")
class ForwardedHeadersIT extends GatewayIntegrationTest {

  @Test
  void honoursForwardedHeadersWhenConfigured() {
    Map<String, String> headers = new HashMap<>(signer("demo-bank").sign("POST",
        URI.create("https://api.example.com/graphql"), query()));
    headers.put("X-Forwarded-Host", "api.example.com");
    headers.put("X-Forwarded-Proto", "https");
    headers.put("X-Forwarded-Port", "443");

    post(headers, query()).expectStatus().isOk();
  }
}
