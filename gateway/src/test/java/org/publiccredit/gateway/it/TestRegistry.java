package org.publiccredit.gateway.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.publiccredit.localstack.RepositoryLayout;

/**
 * The shipped demo registry plus a suspended client ({@code it-suspended}, signing with the
 * demo portal's key), written under target/ so the repository's config stays untouched.
 */
final class TestRegistry {

  static final String SUSPENDED_CLIENT = "it-suspended";

  private static final String SUSPENDED = """
        - id: it-suspended
          display-name: Suspended test bank
          type: BANK
          institution-code: 91370900MA3B0K2XXH
          status: SUSPENDED
          scopes: [subject:read]
          plan: { requests-per-second: 1, burst: 1, daily-quota: 1 }
          keys:
            - algorithm: ed25519
              public-key: |
                  -----BEGIN PUBLIC KEY-----
                  MCowBQYDK2VwAyEAsp+oGqLCOc95ahwVLeBzl/vgXxDP1vo9jg4IhtBeuJ0=
                  -----END PUBLIC KEY-----
      """;

  private static final Path FILE = write();

  private TestRegistry() {}

  static Path file() {
    return FILE;
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
      String shipped = Files.readString(RepositoryLayout.config().resolve("clients.yml"));
      Path file = dir.resolve("clients.yml");
      Files.writeString(file, shipped.stripTrailing() + "\n" + SUSPENDED);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
