package org.publiccredit.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publiccredit.gateway.GatewayApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;

/** A broken registry stops the gateway at start-up with a message naming the fault. */
class InvalidRegistryIT {

  @TempDir
  Path dir;

  @Test
  void refusesToStartWithAnInvalidRegistry() throws Exception {
    Path registry = Files.writeString(dir.resolve("clients.yml"), """
        clients:
          - id: broken
            type: BANK
        """);

    assertThatThrownBy(() -> new SpringApplicationBuilder(GatewayApplication.class)
        .run(
            "--server.port=0",
            "--platform.gateway.clients-location=file:" + registry,
            "--platform.gateway.identity-token.key=file:"
                + TestRegistry.demoKey("gateway-token.key")))
        .satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e))
            .hasMessageContaining("Client registry")
            .hasMessageContaining("clients[0]").hasMessageContaining("is required"));
  }
}
