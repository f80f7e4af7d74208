package org.publiccredit.gateway.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.publiccredit.localstack.RepositoryLayout;

/**
 * The shipped demo registry plus test clients signing with the demo portal's key: a suspended
 * one, small plans for the rate-limit tests, and one the reload test edits. Written under
 * target/ so the repository's config stays untouched.
 */
final class TestRegistry {

  static final String SUSPENDED_CLIENT = "it-suspended";
  /** Refills 1 unit a second, holds 5. */
  static final String LIMITED_CLIENT = "it-limited";
  /** Refills 1 unit a second, holds 20: for the cost weighting. */
  static final String COSTLY_CLIENT = "it-costly";
  /** Refills 1 unit a second, holds 20: for aliases. */
  static final String ALIASES_CLIENT = "it-aliases";
  /** 10 units a day. */
  static final String QUOTA_CLIENT = "it-quota";
  /** Refills 1 unit a second, holds 20: for replays, whose bucket the test reads in Redis. */
  static final String REPLAY_CLIENT = "it-replay";
  /** Active; the reload test suspends it. */
  static final String RELOADED_CLIENT = "it-reload";

  private static final String TEST_CLIENTS = client(SUSPENDED_CLIENT, "SUSPENDED", 1, 1, 1)
      + client(LIMITED_CLIENT, "ACTIVE", 1, 5, 1000)
      + client(COSTLY_CLIENT, "ACTIVE", 1, 20, 1000)
      + client(ALIASES_CLIENT, "ACTIVE", 1, 20, 1000)
      + client(QUOTA_CLIENT, "ACTIVE", 100, 100, 10)
      + client(REPLAY_CLIENT, "ACTIVE", 1, 20, 1000)
      // Last: the reload test copies from it to the end of the file.
      + client(RELOADED_CLIENT, "ACTIVE", 100, 100, 1000);

  private static final String CLIENT = """
        - id: %s
          display-name: Test bank %1$s
          type: BANK
          institution-code: 91370900MA3B0K2XXH
          status: %s
          scopes: [subject:read]
          plan: { requests-per-second: %d, burst: %d, daily-quota: %d }
          keys:
            - algorithm: ed25519
              public-key: |
                  -----BEGIN PUBLIC KEY-----
                  MCowBQYDK2VwAyEAsp+oGqLCOc95ahwVLeBzl/vgXxDP1vo9jg4IhtBeuJ0=
                  -----END PUBLIC KEY-----
      """;

  private static final String SHIPPED = shipped();
  private static final Path FILE = write();

  private TestRegistry() {}

  static Path file() {
    return FILE;
  }

  /** The registry as the tests start with it: the shipped clients and the test clients. */
  static String original() {
    return SHIPPED.stripTrailing() + "\n" + TEST_CLIENTS;
  }

  /** Replaces the registry file's content, as an operator's edit would. */
  static void rewrite(String content) {
    try {
      Path next = FILE.resolveSibling("clients.yml.next");
      Files.writeString(next, content);
      Files.move(next, FILE, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String client(String id, String status, int rate, int burst, long daily) {
    return CLIENT.formatted(id, status, rate, burst, daily);
  }

  private static String shipped() {
    try {
      return Files.readString(RepositoryLayout.config().resolve("clients.yml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path demoKey(String name) {
    return RepositoryLayout.config().resolve("demo-keys").resolve(name);
  }

  private static Path write() {
    try {
      Path dir = Path.of("target", "it-registry").toAbsolutePath();
      Files.createDirectories(dir.resolve("demo-keys"));
      Files.copy(demoKey("demo-dept.key"), dir.resolve("demo-keys/demo-dept.key"),
          StandardCopyOption.REPLACE_EXISTING);
      Path file = dir.resolve("clients.yml");
      Files.writeString(file, original());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
