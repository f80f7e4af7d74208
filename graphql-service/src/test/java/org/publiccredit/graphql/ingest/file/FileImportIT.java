package org.publiccredit.graphql.ingest.file;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.publiccredit.graphql.Samples;
import org.publiccredit.graphql.ingest.IngestBatch;
import org.publiccredit.graphql.ingest.IngestRow;
import org.publiccredit.graphql.ingest.RecordIngestion;
import org.publiccredit.graphql.ingest.RowOutcome;
import org.publiccredit.graphql.ServiceIT;
import org.publiccredit.schema.catalog.Catalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/** Import mode's file handling against the real node: encodings, idempotency, interruption, isolation, the sample. */
@ExtendWith(OutputCaptureExtension.class)
class FileImportIT extends ServiceIT {

  private static final Catalog CATALOG = Catalog.loadFromClasspath();

  @Autowired
  FileImport fileImport;

  @Autowired
  ElasticsearchClient client;

  @Autowired
  RecordIngestion ingestion;

  @TempDir
  Path temp;

  ImportSummary run(Path file, String category, String source, int bulkSize, int stopAfterBulks) throws Exception {
    return fileImport.run(new ImportRequest(file, category, source, "auto",
        file.resolveSibling(file.getFileName() + ".rejects.csv"), bulkSize, 2, stopAfterBulks));
  }

  @Test
  void theGeneratedSampleImportsWithoutRejections() throws Exception {
    for (String category : Catalog.CATEGORY_IDS) {
      String name = CATALOG.category(category).fileName();
      Path copy = Files.copy(Samples.file(name), temp.resolve(name));
      ImportSummary summary = run(copy, category, null, 40, 0);
      assertThat(summary.rejected()).as(category + ": " + Files.readString(copy.resolveSibling(name + ".rejects.csv")))
          .isZero();
      assertThat(summary.rows()).as(category).isPositive();
    }
  }

  @Test
  void reimportingTheSameFileChangesNothing() throws Exception {
    Path file = Files.copy(Samples.file("administrative-license.csv"), temp.resolve("administrative-license.csv"));
    ImportSummary first = run(file, "ADMINISTRATIVE_LICENSE", null, 50, 0);
    ImportSummary second = run(file, "ADMINISTRATIVE_LICENSE", null, 50, 0);

    assertThat(second.rows()).isEqualTo(first.rows());
    assertThat(second.unchanged()).isEqualTo(first.rows() - first.rejected());
    assertThat(second.created() + second.updated()).isZero();
    assertThat(count("credit-records", second.batchId())).isEqualTo(first.rows() - first.rejected());
  }

  @Test
  void anInterruptedImportRerunEndsWithTheSameContentsAndNoDuplicates() throws Exception {
    Path file = Files.copy(Samples.file("other-negative.jsonl"), temp.resolve("other-negative.jsonl"));
    ImportSummary partial = run(file, "OTHER_NEGATIVE", null, 30, 2);
    assertThat(partial.complete()).isFalse();
    assertThat(partial.rows()).isEqualTo(60);

    ImportSummary full = run(file, "OTHER_NEGATIVE", null, 30, 0);
    assertThat(full.complete()).isTrue();
    assertThat(full.rows()).isEqualTo(150);
    assertThat(full.unchanged()).isEqualTo(60);
    assertThat(full.created()).isEqualTo(90);
    assertThat(count("credit-records", full.batchId())).isEqualTo(150);
    assertThat(run(file, "OTHER_NEGATIVE", null, 30, 0).unchanged()).isEqualTo(150);
  }

  /**
   * After bulks of new rows the store creates the next bulk's rows without reading first (decision
   * "creates first while imports find nothing stored"): rows that exist must still end unchanged, or
   * updated with their previous version in the history, never duplicated or overwritten unseen.
   */
  @Test
  void storedRowsInABulkThatFollowsNewOnesEndUnchangedOrCorrectedWithTheirHistory() throws Exception {
    // Document numbers of their own: other tests import the same sample into the same node.
    String suffix = "-wf" + System.nanoTime();
    List<String> lines = Files.readAllLines(Samples.file("other-negative.jsonl")).stream()
        .filter(l -> !l.isBlank()).map(l -> {
          var row = (tools.jackson.databind.node.ObjectNode) jsonMapper.readTree(l);
          return row.put("documentNumber", row.get("documentNumber").asString() + suffix).toString();
        }).toList();
    Path earlier = Files.write(temp.resolve("earlier.jsonl"), lines.subList(0, 20));
    ImportSummary first = fileImport.run(new ImportRequest(earlier, "OTHER_NEGATIVE", null, "auto",
        temp.resolve("earlier.rejects.csv"), 10, 1, 0));
    assertThat(first.created()).isEqualTo(20);

    // Bulk 1: 10 new rows. Bulk 2: 5 stored rows as they are, 5 corrected, 10 new.
    List<String> later = new ArrayList<>(lines.subList(20, 30));
    later.addAll(lines.subList(0, 5));
    List<String> corrected = lines.subList(5, 10).stream().map(l -> {
      var row = (tools.jackson.databind.node.ObjectNode) jsonMapper.readTree(l);
      return row.put("description", row.get("description").asString() + "（更正）").toString();
    }).toList();
    later.addAll(corrected);
    later.addAll(lines.subList(30, 40));
    Path file = Files.write(temp.resolve("later.jsonl"), later);
    ImportSummary second = fileImport.run(new ImportRequest(file, "OTHER_NEGATIVE", null, "auto",
        temp.resolve("later.rejects.csv"), 10, 1, 0));

    assertThat(second.rejected()).isZero();
    assertThat(second.created()).isEqualTo(20);
    assertThat(second.unchanged()).isEqualTo(5);
    assertThat(second.updated()).isEqualTo(5);
    client.indices().refresh(r -> r.index("credit-records", "credit-record-history"));
    assertThat(count("credit-records", first.batchId())).isEqualTo(15);
    assertThat(count("credit-records", second.batchId())).isEqualTo(25);
    var histories = client.search(s -> s.index("credit-record-history").size(50)
        .query(q -> q.term(t -> t.field("replacedByBatchId").value(second.batchId()))), JsonNode.class)
        .hits().hits();
    assertThat(histories).hasSize(5);
    for (var h : histories) {
      assertThat(h.source().get("version").asInt()).isEqualTo(1);
      assertThat(h.source().get("previous").toString()).doesNotContain("（更正）");
      JsonNode current = client.get(g -> g.index("credit-records").id(h.source().get("recordId").asString()),
          JsonNode.class).source();
      assertThat(current.get("version").asInt()).isEqualTo(2);
      assertThat(current.toString()).contains("（更正）");
    }
  }

  @Test
  void gb18030AndUtf8WithBomAndPrefixedHeadersAreRead() throws Exception {
    List<Map<String, String>> rows = Samples.csv("administrative-penalty.csv").subList(100, 120);
    Path gb = write(temp.resolve("gb.csv"), Charset.forName("GB18030"), false, "", rows);
    Path bom = write(temp.resolve("bom.csv"), StandardCharsets.UTF_8, true, "CF_", Samples.csv("administrative-penalty.csv")
        .subList(120, 140));

    ImportSummary gbSummary = run(gb, "ADMINISTRATIVE_PENALTY", null, 50, 0);
    ImportSummary bomSummary = run(bom, "ADMINISTRATIVE_PENALTY", null, 50, 0);

    assertThat(gbSummary.rejected()).isZero();
    assertThat(gbSummary.rows()).isEqualTo(20);
    assertThat(bomSummary.rejected()).isZero();
    assertThat(bomSummary.rows()).isEqualTo(20);
    // documentNumber is not indexed (decision 50): the record is found among its batch's.
    var hit = client.search(s -> s.index("credit-records").size(50)
        .query(q -> q.term(t -> t.field("batchId").value(gbSummary.batchId()))), JsonNode.class)
        .hits().hits().stream().map(h -> h.source())
        .filter(d -> d.get("documentNumber").asString().equals(rows.getFirst().get("WSH"))).findFirst().orElseThrow();
    assertThat(hit.get("title").asString()).isEqualTo(rows.getFirst().get("WFXW"));
  }

  @Test
  void aDepartmentsImportRejectsOtherDepartmentsRowsAndUnlistedSources(CapturedOutput output) throws Exception {
    List<Map<String, String>> rows = new ArrayList<>(Samples.csv("administrative-penalty.csv").subList(0, 60));
    Map<String, String> court = new java.util.LinkedHashMap<>(rows.get(59));
    court.put("SJLYDM", Samples.PEOPLES_COURT);
    court.put("WSH", court.get("WSH") + "-court");
    rows.add(court);
    Path file = write(temp.resolve("mixed.csv"), StandardCharsets.UTF_8, false, "", rows);
    long own = rows.stream().filter(r -> r.get("SJLYDM").equals(Samples.MARKET_SUPERVISION)).count();

    ImportSummary isolated = run(file, "ADMINISTRATIVE_PENALTY", Samples.MARKET_SUPERVISION, 25, 0);
    assertThat(isolated.rejected()).isEqualTo(rows.size() - own);
    assertThat(Files.readString(file.resolveSibling("mixed.csv.rejects.csv"))).contains("SJLYDM");

    ImportSummary platform = run(file, "ADMINISTRATIVE_PENALTY", null, 25, 0);
    assertThat(platform.rejected()).isEqualTo(1);
    String rejects = Files.readString(file.resolveSibling("mixed.csv.rejects.csv"));
    assertThat(rejects).contains("62,").contains("may not report");
    rows.stream().map(r -> r.get("FR_ZJHM")).filter(v -> !v.isEmpty()).forEach(id -> {
      assertThat(rejects).doesNotContain(id);
      assertThat(output.getAll()).doesNotContain(id);
    });
  }

  @Test
  void idNumbersOfImportedPersonsAreNowhereInTheIndices() throws Exception {
    Path file = Files.copy(Samples.file("natural-person.jsonl"), temp.resolve("natural-person.jsonl"));
    ImportSummary summary = run(file, "NATURAL_PERSON", null, 50, 0);
    assertThat(summary.rejected()).isZero();
    List<String> ids = Files.readAllLines(file).stream().filter(l -> !l.isBlank())
        .map(l -> jsonMapper.readTree(l).get("idNumber").asString()).toList();
    var persons = client.search(s -> s.index("credit-subjects").query(q -> q.term(t -> t.field("batchId")
        .value(summary.batchId()))).size(500), JsonNode.class).hits().hits();
    assertThat(persons).hasSize(ids.size());
    persons.forEach(hit -> {
      String source = hit.source().toString();
      ids.forEach(id -> assertThat(source).doesNotContain(id));
      assertThat(hit.source().get("maskedCode").asString()).contains("**********");
    });
  }

  @Test
  void aRecordNeverOverwritesTheRicherBaseRecordOfItsSubject() throws Exception {
    Path file = Files.copy(Samples.file("legal-person.jsonl"), temp.resolve("legal-person.jsonl"));
    run(file, "LEGAL_PERSON", null, 50, 0);
    JsonNode company = jsonMapper.readTree(Files.readAllLines(file).getFirst());
    String code = company.get("unifiedSocialCreditCode").asString();
    JsonNode before = client.get(g -> g.index("credit-subjects").id(code), JsonNode.class).source();
    assertThat(before.get("version").asInt()).isEqualTo(1);

    Map<String, String> penalty = new java.util.LinkedHashMap<>(Samples.marketSupervisionPenalties().getFirst());
    penalty.put("XDR_SHXYM", code);
    penalty.put("XDR_MC", "另一个名称");
    penalty.put("WSH", penalty.get("WSH") + "-base-" + code);
    var outcome = ingestion.ingest(new IngestBatch("ADMINISTRATIVE_PENALTY",
        List.of(new IngestRow(2, penalty)), "base-test", null, true)).getFirst();

    assertThat(outcome).isInstanceOf(RowOutcome.Accepted.class);
    JsonNode after = client.get(g -> g.index("credit-subjects").id(code), JsonNode.class).source();
    assertThat(after.get("name").asString()).isEqualTo(company.get("name").asString());
    assertThat(after.get("version").asInt()).isEqualTo(1);
    assertThat(after.get("legalRepresentative").asString()).isEqualTo(company.get("legalRepresentative").asString());
  }

  private long count(String index, String batchId) throws IOException {
    return client.count(c -> c.index(index).query(q -> q.term(t -> t.field("batchId").value(batchId)))).count();
  }

  private static Path write(Path file, Charset charset, boolean bom, String prefix, List<Map<String, String>> rows)
      throws IOException {
    List<String> header = Samples.header("administrative-penalty.csv");
    try (var writer = Files.newBufferedWriter(file, charset)) {
      if (bom) {
        writer.write('\uFEFF');
      }
      var printer = new CSVPrinter(writer, CSVFormat.RFC4180);
      printer.printRecord(header.stream().map(h -> prefix + h).toList());
      for (Map<String, String> row : rows) {
        printer.printRecord(header.stream().map(h -> row.getOrDefault(h, "")).toList());
      }
      printer.flush();
    }
    return file;
  }
}
