package org.publiccredit.graphql.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads the gateway's audit index (which the gateway creates and writes; this service only
 * searches it). Before the first event the index does not exist: that is an empty page.
 */
@Component
public class AuditEventSearch {

  public static final String INDEX = "audit-events";

  private final ElasticsearchClient client;

  AuditEventSearch(ElasticsearchClient client) {
    this.client = client;
  }

  /**
   * Conditions on events; null ones do not restrict.
   *
   * @param operation an operation name or a root field
   * @param excludedRootField leave out calls that selected this root field
   * @param onlyAnswered only calls the service answered (HTTP 200)
   */
  public record Filter(@Nullable String clientId, @Nullable String subjectKey, @Nullable String operation,
      @Nullable Instant from, @Nullable Instant to, @Nullable String excludedRootField, boolean onlyAnswered) {}

  /** Events newest first, ties by chain and sequence. */
  public AuditEventPage find(Filter filter, int first, @Nullable AuditCursor after) {
    List<Query> must = new ArrayList<>();
    term(must, "clientId", filter.clientId());
    term(must, "subjects", filter.subjectKey());
    if (filter.operation() != null) {
      String operation = filter.operation();
      must.add(Query.of(q -> q.bool(b -> b.minimumShouldMatch("1")
          .should(s -> s.term(t -> t.field("operationName").value(operation)))
          .should(s -> s.term(t -> t.field("rootFields").value(operation))))));
    }
    if (filter.from() != null || filter.to() != null) {
      must.add(Query.of(q -> q.range(r -> r.date(d -> {
        d.field("time");
        if (filter.from() != null) {
          d.gte(filter.from().toString());
        }
        if (filter.to() != null) {
          d.lt(filter.to().toString());
        }
        return d;
      }))));
    }
    if (filter.onlyAnswered()) {
      must.add(Query.of(q -> q.term(t -> t.field("status").value(200))));
    }
    List<Query> mustNot = new ArrayList<>();
    term(mustNot, "rootFields", filter.excludedRootField());
    try {
      var response = client.search(s -> {
        s.index(INDEX)
            .ignoreUnavailable(true)
            .allowNoIndices(true)
            .query(q -> q.bool(b -> b.filter(must).mustNot(mustNot)))
            .sort(o -> o.field(f -> f.field("time").order(SortOrder.Desc)))
            .sort(o -> o.field(f -> f.field("chain").order(SortOrder.Asc)))
            .sort(o -> o.field(f -> f.field("sequence").order(SortOrder.Desc)))
            .size(first + 1);
        if (after != null) {
          s.searchAfter(FieldValue.of(after.timeMillis()), FieldValue.of(after.chain()), FieldValue.of(after.sequence()));
        }
        return s;
      }, AuditEventDocument.class);
      var hits = response.hits().hits();
      List<AuditEventPage.Hit> page = new ArrayList<>();
      for (var hit : hits.subList(0, Math.min(first, hits.size()))) {
        var cursor = new AuditCursor(hit.sort().get(0).longValue(), hit.sort().get(1).stringValue(),
            hit.sort().get(2).longValue());
        page.add(new AuditEventPage.Hit(Objects.requireNonNull(hit.source()), cursor));
      }
      return new AuditEventPage(List.copyOf(page), hits.size() > first);
    } catch (IOException e) {
      throw new UncheckedIOException("Elasticsearch search of the audit failed", e);
    }
  }

  private static void term(List<Query> queries, String field, @Nullable String value) {
    if (value != null) {
      queries.add(Query.of(q -> q.term(t -> t.field(field).value(value))));
    }
  }
}
