package org.publiccredit.graphql.ingest.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.publiccredit.graphql.ingest.RowOutcome;

/**
 * Every rejected row of an import: line, the fields at fault, the reasons in Chinese and English.
 * UTF-8 with a BOM so that spreadsheet programs on Chinese Windows open it correctly. Values are
 * never repeated (they may be ID numbers); the line number leads back to the row.
 */
final class RejectsFile implements AutoCloseable {

  private final CSVPrinter printer;

  private RejectsFile(CSVPrinter printer) {
    this.printer = printer;
  }

  static RejectsFile create(Path path) {
    try {
      Writer writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
      writer.write('\uFEFF');
      return new RejectsFile(CSVFormat.RFC4180.builder().setHeader("line", "fields", "reasons", "reasonsEn").get()
          .print(writer));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the rejects file " + path, e);
    }
  }

  synchronized void write(List<RowOutcome> outcomes) throws IOException {
    for (RowOutcome outcome : outcomes) {
      if (outcome instanceof RowOutcome.Rejected r) {
        printer.printRecord(r.line(),
            r.violations().stream().map(v -> v.field()).distinct().collect(Collectors.joining(";")),
            r.violations().stream().map(v -> v.message().zh()).collect(Collectors.joining("；")),
            r.violations().stream().map(v -> v.field() + ": " + v.message().en()).collect(Collectors.joining("; ")));
      }
    }
  }

  @Override
  public synchronized void close() throws IOException {
    printer.close(true);
  }
}
