package org.publiccredit.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;

/** The watcher's decisions, driven by hand (its timer is set far out). */
class ClientRegistryWatcherTest {

  private static final String KEY = """
            - algorithm: ed25519
              public-key: |
                  -----BEGIN PUBLIC KEY-----
                  MCowBQYDK2VwAyEAodfYm8cs76fuvVKnGC+S3eWSrEsw0xCJRVj9WIEpN7M=
                  -----END PUBLIC KEY-----
      """;

  @TempDir
  Path dir;

  @Test
  void reloadsAChangedFileAndKeepsTheLastGoodOneWhenAnEditIsInvalid() throws Exception {
    Path file = dir.resolve("clients.yml");
    write(file, registry("ACTIVE"), 1);
    ClientRegistry registry = new ClientRegistry(new FileSystemResource(file));
    try (ClientRegistryWatcher watcher =
        new ClientRegistryWatcher(registry, file, Duration.ofHours(1))) {

      write(file, registry("SUSPENDED"), 2);
      watcher.check();
      assertThat(registry.find("c").orElseThrow().isActive()).isFalse();

      write(file, registry("ACTIVE").replace("type: BANK", "type: BANQUE"), 3);
      watcher.check();
      assertThat(registry.find("c").orElseThrow().isActive()).isFalse();

      write(file, registry("ACTIVE"), 4);
      watcher.check();
      assertThat(registry.find("c").orElseThrow().isActive()).isTrue();
    }
  }

  @Test
  void leavesAnUnchangedFileAlone() throws Exception {
    Path file = dir.resolve("clients.yml");
    write(file, registry("ACTIVE"), 1);
    ClientRegistry registry = new ClientRegistry(new FileSystemResource(file));
    try (ClientRegistryWatcher watcher =
        new ClientRegistryWatcher(registry, file, Duration.ofHours(1))) {
      Files.delete(file); // a reload now would fail; no change seen means no reload tried
      watcher.check();
      assertThat(registry.find("c")).isPresent();
    }
  }

  private static void write(Path file, String content, int second) throws Exception {
    Files.writeString(file, content);
    Files.setLastModifiedTime(file, FileTime.from(Instant.ofEpochSecond(1_700_000_000L + second)));
  }

  private static String registry(String status) {
    return """
        clients:
          - id: c
            display-name: C
            type: BANK
            institution-code: 91370900MA3B0K2XXH
            status: %s
            plan: { requests-per-second: 1, burst: 1, daily-quota: 1 }
            keys:
        """.formatted(status) + KEY;
  }
}
