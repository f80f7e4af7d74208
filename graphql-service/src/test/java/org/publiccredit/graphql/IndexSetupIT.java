package org.publiccredit.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.publiccredit.graphql.ingest.IncomingSubject;
import org.publiccredit.graphql.ingest.SubjectIngestion;
import org.publiccredit.graphql.search.IndexSetup;
import org.publiccredit.localstack.RepositoryLayout;
import org.springframework.beans.factory.annotation.Autowired;

/** Templates applied at start-up, repeatable; the demo dataset loads once and re-loads as a no-op. */
class IndexSetupIT extends ServiceIT {

  @Autowired
  ElasticsearchClient client;

  @Autowired
  IndexSetup indexSetup;

  @Autowired
  SubjectIngestion ingestion;

  @Test
  void templatesAndIndicesExistAfterStartUp() throws IOException {
    for (String index : List.of("credit-subjects", "credit-records")) {
      assertThat(client.indices().existsIndexTemplate(t -> t.name(index + "-template")).value()).isTrue();
      assertThat(client.indices().exists(e -> e.index(index)).value()).isTrue();
    }
    var mapping = client.indices().getMapping(m -> m.index("credit-subjects")).get("credit-subjects").mappings();
    assertThat(mapping.properties().get("name").text().analyzer()).isEqualTo("standard");
    assertThat(mapping.properties().get("idNumberCiphertext").keyword().index()).isFalse();
  }

  @Test
  void applyingTemplatesAgainChangesNothing() {
    var second = indexSetup.ensureIndices();
    assertThat(second.templates()).containsExactly("credit-subjects-template", "credit-records-template",
        "credit-record-history-template", "ingest-rejections-template", "dual-checks-template",
        "credit-reports-template");
    assertThat(second.createdIndices()).isEmpty();
  }

  @Test
  void dualChecksLeaveTheRefreshToTheNodeSoAnUnsearchedIndexIsNotRefreshed() throws IOException {
    // An explicit refresh_interval makes the node refresh every second whether anyone searches or
    // not; without one, a shard nobody searched for 30 s skips refreshes (and a search then waits
    // for one). Nothing in a check's path searches dual-checks: it is written 200 times a second.
    var settings = client.indices().getSettings(s -> s.index("dual-checks").includeDefaults(false))
        .get("dual-checks").settings().index();
    assertThat(settings.refreshInterval()).isNull();
    var records = client.indices().getSettings(s -> s.index("credit-records")).get("credit-records").settings().index();
    assertThat(records.refreshInterval()).as("the other indices keep theirs").isNotNull();
  }

  @Test
  void anIndexFromAnEarlierLeanerTemplateKeepsItsFieldsAndGetsTheMissingOnes() throws IOException {
    // dual-checks as template version 2 made it (every field indexed, one field missing): version
    // 3 indexes fewer fields, which Elasticsearch cannot change in place, so start-up must go on.
    client.indices().delete(d -> d.index("dual-checks"));
    client.indices().create(c -> c.index("dual-checks").withJson(new StringReader("""
        {"mappings": {"dynamic": "strict", "properties": {
          "checkId": {"type": "keyword"}, "decision": {"type": "keyword"}, "amount": {"type": "double"}}}}""")));
    try {
      var report = indexSetup.ensureIndices();

      assertThat(report.createdIndices()).isEmpty();
      var fields = client.indices().getMapping(m -> m.index("dual-checks")).get("dual-checks").mappings().properties();
      assertThat(fields.get("decision").keyword().index()).as("kept as it was").isNotEqualTo(false);
      assertThat(fields.get("subjectId").keyword().docValues()).as("added as the template says").isFalse();
      assertThat(fields).containsKeys("checkedAt", "consentReference", "elapsedMillis");
    } finally {
      client.indices().delete(d -> d.index("dual-checks"));
      indexSetup.ensureIndices();
    }
    var fields = client.indices().getMapping(m -> m.index("dual-checks")).get("dual-checks").mappings().properties();
    assertThat(fields.get("decision").keyword().index()).as("a new index is lean").isFalse();
  }

  @Test
  void reloadingTheDemoDatasetWritesNothing() throws IOException {
    long versionBefore = client.get(g -> g.index("credit-subjects").id("91370982MA3C4A1Q19"), Void.class).version();

    var result = ingestion.ingest(demoSubjects());

    assertThat(result.rejected()).isEmpty();
    assertThat(result.written().written()).isZero();
    assertThat(result.written().unchanged()).isEqualTo(14 + 29);
    long versionAfter = client.get(g -> g.index("credit-subjects").id("91370982MA3C4A1Q19"), Void.class).version();
    assertThat(versionAfter).isEqualTo(versionBefore);
  }

  @Test
  void aContiguousPartOfAChineseNameMatches() throws IOException {
    var hits = client.search(s -> s.index("credit-subjects")
        .query(q -> q.matchPhrase(m -> m.field("name").query("鲁信农产"))), Void.class).hits();
    assertThat(hits.total().value()).isEqualTo(1);
    assertThat(hits.hits().getFirst().id()).isEqualTo("91370982MA3C4A1Q19");
  }

  @Test
  void personsAreStoredWithoutTheirNumber() throws IOException {
    var hits = client.search(s -> s.index("credit-subjects")
        .query(q -> q.term(t -> t.field("type").value("NATURAL_PERSON"))).size(100), tools.jackson.databind.JsonNode.class)
        .hits().hits();
    assertThat(hits).hasSize(4);
    hits.forEach(hit -> {
      assertThat(hit.source().toString()).doesNotContain("370982198503120017").doesNotContain("11010519491231002X");
      assertThat(hit.id()).hasSize(64);
    });
  }

  private List<IncomingSubject> demoSubjects() throws IOException {
    return Files.readAllLines(RepositoryLayout.root().resolve("local-stack/demo-data/demo-subjects.jsonl")).stream()
        .filter(line -> !line.isBlank())
        .map(line -> jsonMapper.readValue(line, IncomingSubject.class))
        .toList();
  }
}
