package org.publiccredit.graphql.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The public side of a subject for scorecards: the subject and all its records with their
 * attributes, newest decision first, in one msearch (one round trip to Elasticsearch, not a get
 * and a search).
 */
@Component
public class PublicRecords {

  /** Far above what one subject collects; a subject beyond it is scored on its newest records. */
  public static final int MAX_RECORDS = 1_000;

  /** A subject (absent when nothing is stored under the id) and its records. */
  public record PublicSide(Optional<SubjectDocument> subject, List<PublicRecord> records) {}

  private final ElasticsearchClient client;

  PublicRecords(ElasticsearchClient client) {
    this.client = client;
  }

  public PublicSide of(String subjectId) {
    List<RequestItem> searches = List.of(
        RequestItem.of(r -> r.header(h -> h.index(CreditIndices.SUBJECTS.indexName()))
            .body(b -> b.query(q -> q.ids(i -> i.values(subjectId))).size(1).trackTotalHits(t -> t.enabled(false)))),
        RequestItem.of(r -> r.header(h -> h.index(CreditIndices.RECORDS.indexName()))
            .body(b -> b.query(q -> q.term(t -> t.field("subjectId").value(subjectId)))
                .sort(o -> o.field(f -> f.field("decisionDate").order(SortOrder.Desc)))
                .sort(o -> o.field(f -> f.field("recordId").order(SortOrder.Asc)))
                .size(MAX_RECORDS).trackTotalHits(t -> t.enabled(false)))));
    try {
      // Two document types in one answer: each source stays buffered until it is mapped to its type.
      MsearchResponse<JsonData> response = client.msearch(m -> m.searches(searches), JsonData.class);
      Optional<SubjectDocument> subject = hits(response.responses().get(0)).stream().findFirst()
          .map(h -> Objects.requireNonNull(h.source()).to(SubjectDocument.class));
      List<PublicRecord> records = hits(response.responses().get(1)).stream().map(Hit::source).filter(Objects::nonNull)
          .map(source -> source.to(PublicRecord.class)).toList();
      return new PublicSide(subject, records);
    } catch (IOException e) {
      throw new UncheckedIOException("Elasticsearch msearch failed", e);
    }
  }

  private static List<Hit<JsonData>> hits(MultiSearchResponseItem<JsonData> item) {
    if (item.isFailure()) {
      throw new IllegalStateException("Elasticsearch search in msearch failed: " + item.failure().error().type());
    }
    return item.result().hits().hits();
  }
}
