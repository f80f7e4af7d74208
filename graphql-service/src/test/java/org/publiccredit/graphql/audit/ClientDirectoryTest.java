package org.publiccredit.graphql.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publiccredit.localstack.RepositoryLayout;

class ClientDirectoryTest {

  @TempDir
  Path dir;

  @Test
  void readsNamesAndTypesFromTheShippedRegistry() {
    var directory = new ClientDirectory(new AuditProperties(RepositoryLayout.config().resolve("clients.yml").toString()));
    assertThat(directory.lookup("demo-bank")).isEqualTo(new ClientDirectory.Entry("示范农商银行 (demo bank)", "BANK"));
    assertThat(directory.lookup("demo-admin").type()).isEqualTo("PLATFORM_ADMIN");
    assertThat(directory.lookup("gone")).isEqualTo(new ClientDirectory.Entry("gone", null));
  }

  @Test
  void readsTheFileAgainWhenItChanges() throws IOException {
    Path file = dir.resolve("clients.yml");
    Files.writeString(file, "clients:\n  - { id: c, display-name: Old, type: BANK }\n");
    var directory = new ClientDirectory(new AuditProperties(file.toString()));
    assertThat(directory.lookup("c").displayName()).isEqualTo("Old");

    Files.writeString(file, "clients:\n  - { id: c, display-name: New, type: BANK }\n");
    Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));
    assertThat(directory.lookup("c").displayName()).isEqualTo("New");
  }

  @Test
  void withoutARegistryClientsAreShownByTheirIds() {
    assertThat(new ClientDirectory(new AuditProperties("")).lookup("demo-bank").displayName()).isEqualTo("demo-bank");
  }
}
