package org.publiccredit.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RepositoryLayoutTest {

    @Test
    void findsTheRootFromANestedModule(@TempDir Path repo) throws Exception {
        Files.createDirectories(repo.resolve("config"));
        Files.writeString(repo.resolve("config/clients.yml"), "clients: []\n");
        Path module = Files.createDirectories(repo.resolve("local-stack/parts/target"));

        assertThat(RepositoryLayout.findRoot(module)).isEqualTo(repo);
    }

    @Test
    void failsClearlyOutsideARepository(@TempDir Path elsewhere) {
        assertThatThrownBy(() -> RepositoryLayout.findRoot(elsewhere)).hasMessageContaining("config/clients.yml");
    }

    @Test
    void theRealRepositoryHasItsConfig() {
        assertThat(RepositoryLayout.config()).isEqualTo(RepositoryLayout.root().resolve("config"));
        assertThat(RepositoryLayout.config().resolve("credit-reference/mappings")).isDirectory();
    }
}
