package org.publiccredit.graphql.ingest.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.publiccredit.schema.catalog.Catalog;

/**
 * The files an import path names: a file, or every file of a directory whose name is a category's
 * ({@code administrative-penalty.csv}, {@code other-negative.jsonl}: what {@code ./platform generate}
 * writes), in catalog order so that base records (legal and natural persons) come first. Anything
 * else in the directory (the manifest, rejects files of earlier runs) is left alone.
 */
final class ImportFiles {

  /** One file and the category its rows are. */
  record Entry(Path file, String categoryId) {}

  private ImportFiles() {}

  static List<Entry> of(Path path, @Nullable String category) {
    if (!Files.isDirectory(path)) {
      String id = category != null ? category : categoryOf(path.getFileName().toString()).orElseThrow(
          () -> new IllegalArgumentException("Set the category: the file name " + path.getFileName()
              + " names no catalog category"));
      return List.of(new Entry(path, id));
    }
    if (category != null) {
      throw new IllegalArgumentException("A directory is imported by its files' names; leave out the category");
    }
    try (Stream<Path> files = Files.list(path)) {
      List<Entry> entries = files.filter(Files::isRegularFile)
          .flatMap(f -> categoryOf(f.getFileName().toString()).map(id -> new Entry(f, id)).stream())
          .sorted(Comparator.comparingInt((Entry e) -> Catalog.CATEGORY_IDS.indexOf(e.categoryId()))
              .thenComparing(e -> e.file().getFileName().toString()))
          .toList();
      if (entries.isEmpty()) {
        throw new IllegalArgumentException("No file in " + path + " is named for a catalog category "
            + "(e.g. administrative-penalty.csv, other-negative.jsonl)");
      }
      return entries;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + path, e);
    }
  }

  /** The category a file is named for: its base name, CSV or JSON Lines. */
  static Optional<String> categoryOf(String fileName) {
    return Catalog.CATEGORY_IDS.stream().filter(id -> {
      String base = id.toLowerCase(Locale.ROOT).replace('_', '-');
      return fileName.equals(base + ".csv") || fileName.equals(base + ".jsonl");
    }).findFirst();
  }
}
