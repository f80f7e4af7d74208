package org.publiccredit.graphql.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Reads subjects and their records. Newest decisions first, ties broken by record id. */
@Component
public class CreditSearch {

  private final ElasticsearchClient client;

  CreditSearch(ElasticsearchClient client) {
    this.client = client;
  }

  /** The subject stored under a document id (a code, or an ID number's lookup key). */
  public Optional<SubjectDocument> findSubject(String subjectId) {
    try {
      var response = client.get(g -> g.index(CreditIndices.SUBJECTS.indexName()).id(subjectId),
          SubjectDocument.class);
      return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Elasticsearch get failed", e);
    }
  }

  /**
   * Up to {@code first} records after {@code after}. One extra hit is fetched to learn whether
   * another page exists, which avoids a second request.
   */
  public CreditRecordPage records(String subjectId, int first, @Nullable RecordCursor after) {
    try {
      SearchResponse<CreditRecordDocument> response = client.search(s -> {
        s.index(CreditIndices.RECORDS.indexName())
            .query(q -> q.term(t -> t.field("subjectId").value(subjectId)))
            .sort(o -> o.field(f -> f.field("decisionDate").order(SortOrder.Desc)))
            .sort(o -> o.field(f -> f.field("recordId").order(SortOrder.Asc)))
            .size(first + 1)
            .trackTotalHits(t -> t.enabled(true));
        if (after != null) {
          s.searchAfter(FieldValue.of(after.decisionDateMillis()), FieldValue.of(after.recordId()));
        }
        return s;
      }, CreditRecordDocument.class);
      return page(response, first);
    } catch (IOException e) {
      throw new UncheckedIOException("Elasticsearch search failed", e);
    }
  }

  private static CreditRecordPage page(SearchResponse<CreditRecordDocument> response, int first) {
    List<Hit<CreditRecordDocument>> hits = response.hits().hits();
    List<CreditRecordPage.Hit> page = new ArrayList<>();
    for (Hit<CreditRecordDocument> hit : hits.subList(0, Math.min(first, hits.size()))) {
      List<FieldValue> sort = hit.sort();
      var cursor = new RecordCursor(sort.get(0).longValue(), sort.get(1).stringValue());
      page.add(new CreditRecordPage.Hit(Objects.requireNonNull(hit.source()), cursor));
    }
    var total = response.hits().total();
    return new CreditRecordPage(List.copyOf(page), hits.size() > first, total == null ? page.size() : total.value());
  }
}
