package org.publiccredit.graphql.ingest.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publiccredit.graphql.ingest.IngestRow;
import tools.jackson.databind.json.JsonMapper;

/** Reading import files without Spring or Elasticsearch: encodings, BOM, line numbers, malformed lines. */
class RowSourceTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir
  Path temp;

  @Test
  void gb18030IsRecognisedAndReadAsSuch() throws Exception {
    Path file = temp.resolve("a.csv");
    Files.writeString(file, "XDR_MC,WSH\r\n示范市鲁信农产品有限公司,示市监处罚〔2024〕58号\r\n", Charset.forName("GB18030"));

    assertThat(Encodings.of(file, "auto")).isEqualTo(Encodings.GB18030);
    try (RowSource rows = RowSource.open(file, Encodings.of(file, "auto"), JSON)) {
      IngestRow row = rows.next();
      assertThat(row.fields()).containsEntry("XDR_MC", "示范市鲁信农产品有限公司").containsEntry("WSH", "示市监处罚〔2024〕58号");
      assertThat(row.line()).isEqualTo(2);
      assertThat(rows.next()).isNull();
    }
  }

  @Test
  void aLongAsciiBeginningDoesNotDecideAndGb18030AfterItIsStillRecognised() throws Exception {
    Path file = temp.resolve("ascii-first.jsonl");
    String ascii = "{\"documentNumber\":\"A-1\",\"year\":2024}\n".repeat(20_000);
    Files.writeString(file, ascii + "{\"subjectName\":\"刘敏云\"}\n", Charset.forName("GB18030"));

    assertThat(Files.size(file)).isGreaterThan(Encodings.DECIDING_BYTES * 10L);
    assertThat(Encodings.of(file, "auto")).isEqualTo(Encodings.GB18030);
  }

  @Test
  void aUtf8FileWithOtherBytesAfterItsDecidingPartStopsAtThatLineInsteadOfBeingMisread() throws Exception {
    Path file = temp.resolve("mixed.jsonl");
    byte[] utf8 = "{\"subjectName\":\"刘敏云\"}\n".repeat(20_000).getBytes(StandardCharsets.UTF_8);
    byte[] gb = "{\"subjectName\":\"刘敏云\"}\n".getBytes(Charset.forName("GB18030"));
    byte[] both = new byte[utf8.length + gb.length];
    System.arraycopy(utf8, 0, both, 0, utf8.length);
    System.arraycopy(gb, 0, both, utf8.length, gb.length);
    Files.write(file, both);

    assertThat(Encodings.of(file, "auto")).isEqualTo(StandardCharsets.UTF_8);
    try (RowSource rows = RowSource.open(file, StandardCharsets.UTF_8, JSON)) {
      int read = 0;
      java.io.UncheckedIOException stopped = null;
      while (stopped == null) {
        try {
          IngestRow row = rows.next();
          assertThat(row).as("the file must not end without an error").isNotNull();
          assertThat(row.fields()).containsEntry("subjectName", "刘敏云");
          read++;
        } catch (java.io.UncheckedIOException e) {
          stopped = e;
        }
      }
      assertThat(read).isLessThanOrEqualTo(20_000);
      assertThat(stopped).hasMessageContaining("line " + (read + 1)).hasMessageContaining("--encoding");
    }
  }

  @Test
  void utf8WithBomHasItsBomStrippedAndCsvLinesCountFromTheHeader() throws Exception {
    Path file = temp.resolve("b.csv");
    Files.writeString(file, "\uFEFFCF_WSH,NR\r\nA1,\"two\r\nlines\"\r\nA2,x\r\n", StandardCharsets.UTF_8);

    assertThat(Encodings.of(file, "auto")).isEqualTo(StandardCharsets.UTF_8);
    try (RowSource rows = RowSource.open(file, StandardCharsets.UTF_8, JSON)) {
      IngestRow first = rows.next();
      assertThat(first.fields()).containsOnlyKeys("CF_WSH", "NR");
      assertThat(first.line()).isEqualTo(2);
      assertThat(rows.next().line()).isEqualTo(4);
    }
  }

  @Test
  void jsonLinesKeepTheirLineNumbersAndMalformedLinesBecomeRejectableRows() throws Exception {
    Path file = temp.resolve("c.jsonl");
    Files.writeString(file, "{\"year\":2024,\"score\":93.0}\n\nnot json\n[1]\n", StandardCharsets.UTF_8);

    try (RowSource rows = RowSource.open(file, StandardCharsets.UTF_8, JSON)) {
      IngestRow first = rows.next();
      assertThat(first.fields()).containsEntry("year", "2024").containsEntry("score", "93.0");
      IngestRow malformed = rows.next();
      assertThat(malformed.line()).isEqualTo(3);
      assertThat(malformed.fields()).containsKey(RowSource.MALFORMED);
      assertThat(rows.next().fields()).containsKey(RowSource.MALFORMED);
      assertThat(rows.next()).isNull();
    }
  }
}
