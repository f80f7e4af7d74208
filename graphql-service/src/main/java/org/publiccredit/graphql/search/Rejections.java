package org.publiccredit.graphql.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Keeps refused rows and finds them again for the department that sent them. */
@Component
public class Rejections {

  private final ElasticsearchClient client;

  Rejections(ElasticsearchClient client) {
    this.client = client;
  }

  /** Saves (or, for the same batch and line, replaces) rejections. */
  public void save(List<RejectionDocument> rejections, boolean refresh) {
    if (rejections.isEmpty()) {
      return;
    }
    List<BulkOperation> operations = rejections.stream().map(r -> BulkOperation.of(b -> b.index(i -> i
        .index(CreditIndices.REJECTIONS.indexName()).id(r.rejectionId()).document(r)))).toList();
    try {
      var response = client.bulk(b -> b.operations(operations).refresh(refresh ? Refresh.WaitFor : Refresh.False));
      if (response.errors()) {
        throw new IllegalStateException("Saving rejections partly failed");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Elasticsearch bulk failed", e);
    }
  }

  /**
   * Rejections newest first, ties by id.
   *
   * @param departmentCode only this department's, or all when null
   */
  public RejectionPage find(@Nullable String departmentCode, @Nullable String batchId, @Nullable String category,
      int first, @Nullable RecordCursor after) {
    List<Query> filters = new ArrayList<>();
    if (departmentCode != null) {
      filters.add(Query.of(q -> q.term(t -> t.field("departmentCode").value(departmentCode))));
    }
    if (batchId != null) {
      filters.add(Query.of(q -> q.term(t -> t.field("batchId").value(batchId))));
    }
    if (category != null) {
      filters.add(Query.of(q -> q.term(t -> t.field("category").value(category))));
    }
    try {
      var response = client.search(s -> {
        s.index(CreditIndices.REJECTIONS.indexName())
            .query(q -> q.bool(b -> b.filter(filters)))
            .sort(o -> o.field(f -> f.field("receivedAt").order(SortOrder.Desc)))
            .sort(o -> o.field(f -> f.field("rejectionId").order(SortOrder.Asc)))
            .size(first + 1);
        if (after != null) {
          s.searchAfter(FieldValue.of(after.decisionDateMillis()), FieldValue.of(after.recordId()));
        }
        return s;
      }, RejectionDocument.class);
      var hits = response.hits().hits();
      List<RejectionPage.Hit> page = new ArrayList<>();
      for (var hit : hits.subList(0, Math.min(first, hits.size()))) {
        var cursor = new RecordCursor(hit.sort().get(0).longValue(), hit.sort().get(1).stringValue());
        page.add(new RejectionPage.Hit(Objects.requireNonNull(hit.source()), cursor));
      }
      return new RejectionPage(List.copyOf(page), hits.size() > first);
    } catch (IOException e) {
      throw new UncheckedIOException("Elasticsearch search failed", e);
    }
  }
}
