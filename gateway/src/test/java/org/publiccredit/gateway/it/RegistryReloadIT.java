package org.publiccredit.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.publiccredit.signing.RequestSigner;

/** Edits of the registry file take effect without a restart; a broken edit changes nothing. */
class RegistryReloadIT extends GatewayIntegrationTest {

  private static final Duration RELOADED = Duration.ofSeconds(10);

  @AfterEach
  void restoreRegistry() {
    TestRegistry.rewrite(TestRegistry.original());
    await().atMost(RELOADED).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
        call(testClient(TestRegistry.RELOADED_CLIENT), query()).expectStatus().isOk());
  }

  @Test
  void aClientSuspendedInTheFileIsRefusedAtOnce() {
    RequestSigner client = testClient(TestRegistry.RELOADED_CLIENT);
    call(client, query()).expectStatus().isOk();

    TestRegistry.rewrite(suspended());

    await().atMost(RELOADED).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
      GraphqlServiceStub.server().resetRequests();
      assertRefused(call(client, query()), 401, "client-suspended");
    });
  }

  @Test
  void aClientAddedToTheFileIsAccepted() {
    RequestSigner newcomer = testClient("it-newcomer");
    assertRefused(call(newcomer, query()), 401, "unknown-key");

    TestRegistry.rewrite(TestRegistry.original() + TestRegistry.original()
        .substring(TestRegistry.original().indexOf("  - id: " + TestRegistry.RELOADED_CLIENT))
        .replace(TestRegistry.RELOADED_CLIENT, "it-newcomer"));

    await().atMost(RELOADED).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
        call(newcomer, query()).expectStatus().isOk());
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void anInvalidEditKeepsTheLastGoodRegistry(CapturedOutput output) {
    RequestSigner client = testClient(TestRegistry.RELOADED_CLIENT);
    TestRegistry.rewrite(suspended().replace("type: BANK", "type: BANQUE"));

    await().atMost(RELOADED).untilAsserted(() -> assertThat(output.getOut())
        .containsPattern("ERROR .*Client registry .* is invalid: .*clients\\[\\d+\\]\\.type")
        .contains("the previous registry stays in force"));
    call(client, query()).expectStatus().isOk();
    call(signer("demo-bank"), query()).expectStatus().isOk();
  }

  private static String suspended() {
    String original = TestRegistry.original();
    int at = original.indexOf("  - id: " + TestRegistry.RELOADED_CLIENT);
    return original.substring(0, at)
        + original.substring(at).replaceFirst("status: ACTIVE", "status: SUSPENDED");
  }
}
