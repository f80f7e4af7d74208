package org.publiccredit.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publiccredit.gateway.auth.signature.SignatureAlgorithm;
import org.publiccredit.localstack.RepositoryLayout;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.FileUrlResource;

class ClientRegistryLoaderTest {

  private static final String ED25519_KEY = """
                -----BEGIN PUBLIC KEY-----
                MCowBQYDK2VwAyEAodfYm8cs76fuvVKnGC+S3eWSrEsw0xCJRVj9WIEpN7M=
                -----END PUBLIC KEY-----
      """.indent(4);

  @TempDir
  Path dir;

  @Test
  void loadsTheShippedDemoRegistry() throws IOException {
    Map<String, RegisteredClient> clients = ClientRegistryLoader.load(
        new FileUrlResource(RepositoryLayout.config().resolve("clients.yml").toString()));

    assertThat(clients).containsOnlyKeys(
        "demo-bank", "demo-tax", "demo-dept", "demo-portal", "demo-bench", "demo-admin");
    RegisteredClient bank = clients.get("demo-bank");
    assertThat(bank.type()).isEqualTo(ClientType.BANK);
    assertThat(bank.isActive()).isTrue();
    assertThat(bank.scopes()).contains("subject:read", "pii:read");
    assertThat(bank.plan().dailyQuota()).isEqualTo(200_000);
    assertThat(bank.key(SignatureAlgorithm.ED25519)).isPresent();
    assertThat(clients.get("demo-tax").key(SignatureAlgorithm.ECDSA_P256_SHA256)).isPresent();
    assertThat(clients.get("demo-dept").key(SignatureAlgorithm.HMAC_SHA256)).isPresent();
    assertThat(clients.get("demo-dept").institutionCode()).isEqualTo("113709820042116306");
  }

  @Test
  void resolvesASecretFileRelativeToTheRegistry() throws IOException {
    Files.createDirectories(dir.resolve("keys"));
    Files.writeString(dir.resolve("keys/s.key"), "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=\n");
    Path registry = write(client("ACTIVE", """
              - algorithm: hmac-sha256
                secret-file: keys/s.key
        """));

    RegisteredClient client = ClientRegistryLoader.load(new FileSystemResource(registry)).get("c");
    assertThat(client.key(SignatureAlgorithm.HMAC_SHA256).orElseThrow().key().getEncoded())
        .hasSize(32);
  }

  @Test
  void readsASuspendedClient() throws IOException {
    Path registry = write(client("SUSPENDED", ed25519Key()));
    assertThat(ClientRegistryLoader.load(new FileSystemResource(registry)).get("c").isActive())
        .isFalse();
  }

  @Test
  void namesTheFieldAtFault() throws IOException {
    assertInvalid(client("ACTIVE", ed25519Key()).replace("    type: BANK\n", ""),
        "clients[0].type is required");
    assertInvalid(client("ACTIVE", ed25519Key().replace("ed25519", "rsa-sha256")),
        "clients[0].keys[0].algorithm rsa-sha256 is not one of");
    assertInvalid(client("ACTIVE", ed25519Key().replace("ed25519", "ecdsa-p256-sha256")),
        "clients[0].keys[0].public-key is not a valid ecdsa-p256-sha256 public key");
    assertInvalid(client("ACTIVE", """
              - algorithm: hmac-sha256
                secret-file: missing.key
        """), "secret-file");
    assertInvalid(client("ACTIVE", "      []\n").replace("    keys:\n      []", "    keys: []"),
        "clients[0].keys");
    assertInvalid(client("RETIRED", ed25519Key()), "clients[0].status");
    assertInvalid(client("ACTIVE", ed25519Key()).replace("burst: 2", "burst: 0"),
        "clients[0].plan: requests-per-second and daily-quota must be at least 1 and burst at"
            + " least requests-per-second");
    assertInvalid(client("ACTIVE", ed25519Key()) + client("ACTIVE", ed25519Key())
        .replace("clients:\n", ""), "client id c appears twice");
    assertInvalid(client("ACTIVE", ed25519Key()).replace("id: c", "id: \"Bad Id\""),
        "clients[0].id");
    assertInvalid("clients: [", "YAML");
  }

  @Test
  void aMissingFileIsInvalid() {
    assertThatThrownBy(() -> ClientRegistryLoader.load(
        new FileSystemResource(dir.resolve("absent.yml"))))
        .isInstanceOf(InvalidClientRegistryException.class)
        .hasMessageContaining("does not exist");
  }

  private void assertInvalid(String yaml, String message) throws IOException {
    Path registry = write(yaml);
    assertThatThrownBy(() -> ClientRegistryLoader.load(new FileSystemResource(registry)))
        .isInstanceOf(InvalidClientRegistryException.class)
        .hasMessageContaining(message);
  }

  private Path write(String yaml) throws IOException {
    return Files.writeString(dir.resolve("clients.yml"), yaml);
  }

  private static String ed25519Key() {
    return "      - algorithm: ed25519\n        public-key: |\n" + ED25519_KEY;
  }

  private static String client(String status, String keys) {
    return """
        clients:
          - id: c
            display-name: A client
            type: BANK
            institution-code: 91370900MA3B0K2XXH
            status: %s
            scopes: [subject:read]
            plan: { requests-per-second: 1, burst: 2, daily-quota: 3 }
            keys:
        """.formatted(status) + keys;
  }
}
