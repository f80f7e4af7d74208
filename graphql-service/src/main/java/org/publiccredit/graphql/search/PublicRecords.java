package org.publiccredit.graphql.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** All records of one subject with their attributes, newest decision first (for scorecards). */
@Component
public class PublicRecords {

  /** Far above what one subject collects; a subject beyond it is scored on its newest records. */
  public static final int MAX_RECORDS = 1_000;

  private final ElasticsearchClient client;

  PublicRecords(ElasticsearchClient client) {
    this.client = client;
  }

  public List<PublicRecord> of(String subjectId) {
    try {
      var response = client.search(s -> s.index(CreditIndices.RECORDS.indexName())
          .query(q -> q.term(t -> t.field("subjectId").value(subjectId)))
          .sort(o -> o.field(f -> f.field("decisionDate").order(SortOrder.Desc)))
          .sort(o -> o.field(f -> f.field("recordId").order(SortOrder.Asc)))
          .size(MAX_RECORDS)
          .trackTotalHits(t -> t.enabled(false)), PublicRecord.class);
      return response.hits().hits().stream().map(Hit::source).filter(Objects::nonNull).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Elasticsearch search failed", e);
    }
  }
}
