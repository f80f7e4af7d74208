package org.publiccredit.graphql.ingest.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.IndexSettings;
import co.elastic.clients.elasticsearch.indices.TranslogDurability;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publiccredit.graphql.Samples;
import org.publiccredit.graphql.ServiceIT;
import org.publiccredit.graphql.ingest.RecordIngestion;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A generated directory imported in one run, and the bulk-load settings: relaxed while rows are
 * written, restored afterwards, also when the import fails and after an import that was killed.
 */
class DirectoryImportIT extends ServiceIT {

  private static final List<String> WRITTEN =
      List.of("credit-records", "credit-subjects", "credit-record-history", "ingest-rejections");

  @Autowired
  FileImport fileImport;

  @Autowired
  ElasticsearchClient client;

  @Autowired
  RecordIngestion ingestion;

  @Autowired
  Rest5Client rest;

  @Autowired
  JsonMapper jsonMapper;

  @TempDir
  Path temp;

  @Test
  void aGeneratedDirectoryIsImportedFileByFileInOneRunWithTheSettingsRestored() throws Exception {
    for (String name : List.of("legal-person.jsonl", "administrative-penalty.csv", "red-list.jsonl")) {
      Files.copy(Samples.file(name), temp.resolve(name));
    }
    Files.writeString(temp.resolve("manifest.json"), "{}");
    List<ImportRequest> requests = requests(temp);

    List<ImportSummary> summaries = fileImport.runAll(requests);

    assertThat(requests).extracting(ImportRequest::categoryId)
        .containsExactly("LEGAL_PERSON", "ADMINISTRATIVE_PENALTY", "RED_LIST");
    assertThat(summaries).hasSize(3).allSatisfy(s -> {
      assertThat(s.complete()).isTrue();
      assertThat(s.rejected()).isZero();
      assertThat(s.rows()).isPositive();
    });
    assertThat(Files.exists(temp.resolve("administrative-penalty.csv.rejects.csv"))).isTrue();
    assertRestored();
  }

  @Test
  void whileRowsAreWrittenRefreshIsOffAndTheTranslogAsynchronous() throws Exception {
    Path file = Files.copy(Samples.file("other-negative.jsonl"), temp.resolve("other-negative.jsonl"));
    AtomicReference<IndexSettings> during = new AtomicReference<>();
    AtomicReference<JsonNode> duringFlat = new AtomicReference<>();
    var request = request(file, "OTHER_NEGATIVE");
    // A second file whose first rows are read once the first file is done: the settings then are the import's.
    Path second = Files.copy(Samples.file("red-list.jsonl"), temp.resolve("red-list.jsonl"));
    Thread watcher = Thread.ofPlatform().start(() -> {
      try {
        while (during.get() == null) {
          IndexSettings settings = settings("credit-records");
          if (settings.refreshInterval() != null && "-1".equals(settings.refreshInterval().time())) {
            duringFlat.set(flatSettings("credit-records"));
            during.set(settings);
          }
          Thread.sleep(5);
        }
      } catch (Exception e) {
        // the assertion below reports it
      }
    });

    fileImport.runAll(List.of(request, request(second, "RED_LIST")));
    watcher.join(2_000);

    assertThat(during.get()).as("settings seen during the import").isNotNull();
    assertThat(during.get().translog().durability()).isEqualTo(TranslogDurability.Async);
    assertThat(duringFlat.get().path("index.merge.policy.segments_per_tier").asString()).isEqualTo("32");
    assertThat(duringFlat.get().path("index.translog.flush_threshold_age").asString()).isEqualTo("10m");
    assertRestored();
  }

  @Test
  void aFailedImportRestoresTheSettingsToo() throws Exception {
    Path file = Files.copy(Samples.file("red-list.jsonl"), temp.resolve("red-list.jsonl"));
    Path missing = temp.resolve("black-list.jsonl");

    assertThatThrownBy(() -> fileImport.runAll(List.of(request(file, "RED_LIST"), request(missing, "BLACK_LIST"))))
        .hasMessageContaining("black-list.jsonl");

    assertRestored();
  }

  @Test
  void theNextImportRestoresSettingsLeftRelaxedByAKilledOne() throws Exception {
    // What kill -9 during an import leaves behind: no shutdown hook ran.
    Request relax = new Request("PUT", "/" + String.join(",", WRITTEN) + "/_settings");
    relax.setJsonEntity("""
        {"index": {"refresh_interval": "-1", "translog.durability": "async", "translog.flush_threshold_age": "10m",
         "merge.policy.segments_per_tier": 32}}""");
    rest.performRequest(relax);
    Path file = Files.copy(Samples.file("red-list.jsonl"), temp.resolve("red-list.jsonl"));

    fileImport.run(request(file, "RED_LIST"));

    assertRestored();
  }

  @Test
  void aLargeImportEndsWithTheRecordsIndexInOneSegmentSortedBySubject() throws Exception {
    Path file = Files.copy(Samples.file("administrative-penalty.csv"), temp.resolve("administrative-penalty.csv"));
    List<ImportSummary> summaries = fileImport.runAll(List.of(request(file, "ADMINISTRATIVE_PENALTY")));
    long written = summaries.getFirst().created() + summaries.getFirst().updated();
    try {
      // Two more segments, whatever the earlier tests left: each refresh writes one.
      for (String probe : List.of("merge-probe-1", "merge-probe-2")) {
        Request index = new Request("PUT", "/credit-records/_doc/" + probe + "?refresh=true");
        index.setJsonEntity("{\"recordId\": \"" + probe + "\", \"subjectId\": \"merge-probe\", \"category\": \"OTHER_NEGATIVE\"}");
        rest.performRequest(index);
      }

      assertThat(fileImport.mergeAfterLargeImport(summaries, written + 1)).as("fewer rows than the threshold").isEmpty();
      assertThat(recordSegments()).isGreaterThanOrEqualTo(2);

      assertThat(fileImport.mergeAfterLargeImport(summaries, written)).isPresent();
      assertThat(recordSegments()).isEqualTo(1);
      JsonNode sort = flatSettings("credit-records").path("index.sort.field");
      assertThat(sort.isArray() ? sort.get(0).asString() : sort.asString()).isEqualTo("subjectId");
    } finally {
      rest.performRequest(new Request("DELETE", "/credit-records/_doc/merge-probe-1?refresh=true"));
      rest.performRequest(new Request("DELETE", "/credit-records/_doc/merge-probe-2?refresh=true"));
    }
  }

  /** Segments of the records index that searches see. */
  private int recordSegments() throws IOException {
    var response = rest.performRequest(new Request("GET", "/_cat/segments/credit-records?format=json&h=segment,searchable"));
    try (var body = response.getEntity().getContent()) {
      int searchable = 0;
      for (JsonNode segment : jsonMapper.readTree(body)) {
        if ("true".equals(segment.path("searchable").asString())) {
          searchable++;
        }
      }
      return searchable;
    }
  }

  private List<ImportRequest> requests(Path dir) {
    List<ImportRequest> requests = new ArrayList<>();
    for (ImportFiles.Entry entry : ImportFiles.of(dir, null)) {
      requests.add(request(entry.file(), entry.categoryId()));
    }
    return requests;
  }

  private static ImportRequest request(Path file, String category) {
    return new ImportRequest(file, category, null, "auto", file.resolveSibling(file.getFileName() + ".rejects.csv"),
        20, 2, 0);
  }

  private void assertRestored() throws IOException {
    for (String index : WRITTEN) {
      IndexSettings settings = settings(index);
      assertThat(settings.refreshInterval().time()).as(index).isEqualTo("1s");
      assertThat(settings.translog().durability()).as(index).isEqualTo(TranslogDurability.Request);
      // Back to the node's defaults: the settings are gone from the index, not set to a value.
      JsonNode flat = flatSettings(index);
      assertThat(flat.has("index.merge.policy.segments_per_tier")).as(index).isFalse();
      assertThat(flat.has("index.translog.flush_threshold_age")).as(index).isFalse();
    }
  }

  /** The index's own settings (not the defaults), keyed like {@code index.merge.policy.segments_per_tier}. */
  private JsonNode flatSettings(String index) throws IOException {
    var response = rest.performRequest(new Request("GET", "/" + index + "/_settings?flat_settings=true"));
    try (var body = response.getEntity().getContent()) {
      return jsonMapper.readTree(body).path(index).path("settings");
    }
  }

  private IndexSettings settings(String index) throws IOException {
    return client.indices().getSettings(g -> g.index(index)).get(index).settings().index();
  }
}
