package org.publiccredit.graphql.ingest.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/** An import's batch id: the same file, category and source give the same id, run after run. */
final class BatchIds {

  private BatchIds() {}

  static String of(ImportRequest request) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update((request.categoryId() + '\u001f' + Objects.requireNonNullElse(request.source(), "") + '\u001f')
          .getBytes(StandardCharsets.UTF_8));
      try (InputStream in = new DigestInputStream(Files.newInputStream(request.file()), digest)) {
        in.transferTo(java.io.OutputStream.nullOutputStream());
      }
      return "import-" + HexFormat.of().formatHex(digest.digest(), 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + request.file(), e);
    }
  }
}
