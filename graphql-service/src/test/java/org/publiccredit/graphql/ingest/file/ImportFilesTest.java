package org.publiccredit.graphql.ingest.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files an import path names, without Spring or Elasticsearch. */
class ImportFilesTest {

  @TempDir
  Path temp;

  @Test
  void aDirectoryYieldsItsCategoryFilesBaseRecordsFirstAndNothingElse() throws Exception {
    for (String name : new String[] {"other-negative.jsonl", "administrative-penalty.csv", "legal-person.jsonl",
        "natural-person.jsonl", "manifest.json", "administrative-penalty.csv.rejects.csv", "notes.txt"}) {
      Files.writeString(temp.resolve(name), "");
    }
    Files.createDirectory(temp.resolve("tax-rating.jsonl"));

    assertThat(ImportFiles.of(temp, null)).extracting(ImportFiles.Entry::categoryId)
        .containsExactly("LEGAL_PERSON", "NATURAL_PERSON", "ADMINISTRATIVE_PENALTY", "OTHER_NEGATIVE");
  }

  @Test
  void aFileTakesTheGivenCategoryOrTheOneItIsNamedFor() throws Exception {
    Path named = Files.writeString(temp.resolve("red-list.jsonl"), "");
    Path other = Files.writeString(temp.resolve("upload-2026-w47.csv"), "");

    assertThat(ImportFiles.of(named, null)).containsExactly(new ImportFiles.Entry(named, "RED_LIST"));
    assertThat(ImportFiles.of(other, "ADMINISTRATIVE_PENALTY"))
        .containsExactly(new ImportFiles.Entry(other, "ADMINISTRATIVE_PENALTY"));
    assertThatThrownBy(() -> ImportFiles.of(other, null)).hasMessageContaining("names no catalog category");
  }

  @Test
  void aDirectoryWithACategoryOrWithoutCategoryFilesIsRefused() throws Exception {
    Files.writeString(temp.resolve("manifest.json"), "{}");

    assertThatThrownBy(() -> ImportFiles.of(temp, "RED_LIST")).hasMessageContaining("leave out the category");
    assertThatThrownBy(() -> ImportFiles.of(temp, null)).hasMessageContaining("No file in");
  }

  @Test
  void theTotalsLineGivesRowsPerSecondAndCpuPerThousandRows() {
    var summary = new ImportSummary("b", 20_000, 19_990, 0, 0, 10, java.time.Duration.ofSeconds(1), true);
    String line = ImportRunner.totals(java.util.List.of(summary, summary), java.time.Duration.ofSeconds(2),
        3_000_000_000L, java.util.OptionalLong.of(1_000), java.util.OptionalLong.of(5_000));

    assertThat(line).contains("All 2 files: 40,000 rows in 2.0 s (20,000 rows/s), 20 rejected")
        .contains("importer 3.0 s (75 ms per 1,000 rows)").contains("Elasticsearch 4.0 s (100 ms per 1,000 rows)");
  }
}
