package org.publiccredit.graphql.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.HitsMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Profiles of many subjects in one msearch: per subject, one search for the records that must
 * be judged one by one (with the counts of the others as aggregations) and one per page asked for.
 * A profile's cost is bounded by the pages asked for, not by how many records the subject has.
 */
@Component
public class ProfileReads {

  private static final String IN_VIEW = "inView";
  private static final String BY_CATEGORY = "byCategory";
  private static final String IN_FORCE = "inForce";
  private static final String OBJECTED = "objected";

  private final ElasticsearchClient client;

  ProfileReads(ElasticsearchClient client) {
    this.client = client;
  }

  public Map<ProfileQuery, ProfileQuery.Result> profiles(Collection<ProfileQuery> queries) {
    List<ProfileQuery> keys = List.copyOf(new LinkedHashSet<>(queries));
    if (keys.isEmpty()) {
      return Map.of();
    }
    List<RequestItem> searches = new ArrayList<>();
    for (ProfileQuery query : keys) {
      searches.add(judgedSearch(query));
      query.pages().forEach(page -> searches.add(pageSearch(query, page)));
    }
    MsearchResponse<FullRecord> response;
    try {
      response = client.msearch(m -> m.searches(searches), FullRecord.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Elasticsearch msearch failed", e);
    }
    Map<ProfileQuery, ProfileQuery.Result> results = new LinkedHashMap<>();
    int item = 0;
    for (ProfileQuery query : keys) {
      MultiSearchItem<FullRecord> judged = result(response.responses().get(item++));
      List<ProfileQuery.Page> pages = new ArrayList<>();
      for (ProfileQuery.PageQuery page : query.pages()) {
        pages.add(page(result(response.responses().get(item++)), page.first()));
      }
      results.put(query, result(query, judged, pages));
    }
    return results;
  }

  private static RequestItem judgedSearch(ProfileQuery query) {
    Query inView = Query.of(q -> q.bool(b -> {
      b.filter(f -> f.terms(t -> t.field("category").terms(v -> v.value(values(query.paged())))));
      if (!query.wholeRecord()) {
        publicView(b, query.view());
      }
      return b;
    }));
    String day = query.view().day().toString();
    Query inForce = Query.of(q -> q.bool(b -> {
      b.filter(c -> c.terms(t -> t.field("category").terms(v -> v.value(values(query.inForceUnlessEnded())))))
          .filter(f -> f.bool(n -> n
              .should(s -> s.bool(m -> m.mustNot(x -> x.exists(e -> e.field("validUntil")))))
              .should(s -> s.range(r -> r.date(d -> d.field("validUntil").gt(day))))
              .minimumShouldMatch("1")));
      publicView(b, query.view());
      return b;
    }));
    Map<String, Aggregation> sub = Map.of(
        BY_CATEGORY, Aggregation.of(a -> a.terms(t -> t.field("category").size(RecordCategory.values().length))),
        OBJECTED, Aggregation.of(a -> a.filter(f -> f.range(r -> r.date(d -> d.field("publicityState.objectionSince").lte(day))))));
    return RequestItem.of(r -> r.header(h -> h.index(CreditIndices.RECORDS.indexName()))
        .body(b -> b.query(q -> q.term(t -> t.field("subjectId").value(query.subjectId())))
            .postFilter(f -> f.terms(t -> t.field("category").terms(v -> v.value(values(query.judged())))))
            .aggregations(IN_VIEW, a -> a.filter(inView).aggregations(sub))
            .aggregations(IN_FORCE, a -> a.filter(inForce))
            .source(src -> src.filter(f -> f.includes(ProfileSearch.RECORD_SOURCE)))
            .sort(ProfileSearch.RECORD_ORDER).size(query.judgedCap()).trackTotalHits(t -> t.enabled(true))));
  }

  private static RequestItem pageSearch(ProfileQuery query, ProfileQuery.PageQuery page) {
    return RequestItem.of(r -> r.header(h -> h.index(CreditIndices.RECORDS.indexName()))
        .body(b -> {
          b.query(q -> q.bool(bool -> {
            bool.filter(f -> f.term(t -> t.field("subjectId").value(query.subjectId())))
                .filter(f -> f.terms(t -> t.field("category").terms(v -> v.value(values(page.categories())))));
            if (!query.wholeRecord()) {
              publicView(bool, query.view());
            }
            return bool;
          })).source(src -> src.filter(f -> f.includes(ProfileSearch.RECORD_SOURCE)))
              .sort(ProfileSearch.RECORD_ORDER).size(page.first() + 1).trackTotalHits(t -> t.enabled(true));
          if (page.after() != null) {
            b.searchAfter(FieldValue.of(page.after().decisionDateMillis()), FieldValue.of(page.after().recordId()));
          }
          return b;
        }));
  }

  /**
   * Restricts {@code bool} to what the public sees on the view's day: per category decided no
   * earlier than its earliest public decision, and neither withdrawn nor repaired by then.
   */
  static void publicView(BoolQuery.Builder bool, ProfileQuery.PublicView view) {
    BoolQuery.Builder categories = new BoolQuery.Builder();
    view.earliestDecision().forEach((category, earliest) -> categories.should(s -> s.bool(c -> {
      c.filter(f -> f.term(t -> t.field("category").value(category.name())));
      earliest.ifPresent(date -> c.filter(f -> f.range(r -> r.date(d -> d.field("decisionDate").gte(date.toString())))));
      return c;
    })));
    categories.minimumShouldMatch("1");
    bool.filter(f -> f.bool(categories.build()));
    String day = view.day().toString();
    bool.mustNot(m -> m.range(r -> r.date(d -> d.field("publicityState.withdrawnOn").lte(day))));
    bool.mustNot(m -> m.range(r -> r.date(d -> d.field("publicityState.repairedOn").lte(day))));
  }

  private static ProfileQuery.Result result(ProfileQuery query, MultiSearchItem<FullRecord> judged,
      List<ProfileQuery.Page> pages) {
    List<FullRecord> records = judged.hits().hits().stream().map(h -> Objects.requireNonNull(h.source())).toList();
    long total = judged.hits().total() == null ? records.size() : judged.hits().total().value();
    Aggregate inView = judged.aggregations().get(IN_VIEW);
    Map<RecordCategory, Long> counts = new EnumMap<>(RecordCategory.class);
    long inForce = 0;
    long objected = 0;
    if (inView != null) {
      var view = inView.filter().aggregations();
      for (StringTermsBucket bucket : view.get(BY_CATEGORY).sterms().buckets().array()) {
        counts.put(RecordCategory.valueOf(bucket.key().stringValue()), bucket.docCount());
      }
      objected = view.get(OBJECTED).filter().docCount();
    }
    Aggregate inForceAggregate = judged.aggregations().get(IN_FORCE);
    if (inForceAggregate != null) {
      inForce = inForceAggregate.filter().docCount();
    }
    return new ProfileQuery.Result(records, total <= records.size(), counts, inForce, objected, List.copyOf(pages));
  }

  private static ProfileQuery.Page page(MultiSearchItem<FullRecord> item, int first) {
    HitsMetadata<FullRecord> hits = item.hits();
    List<FullRecordPage.Hit> page = new ArrayList<>();
    for (Hit<FullRecord> hit : hits.hits().subList(0, Math.min(first, hits.hits().size()))) {
      List<FieldValue> sort = hit.sort();
      page.add(new FullRecordPage.Hit(Objects.requireNonNull(hit.source()),
          new RecordCursor(sort.get(0).longValue(), sort.get(1).stringValue())));
    }
    long total = hits.total() == null ? page.size() : hits.total().value();
    return new ProfileQuery.Page(new FullRecordPage(List.copyOf(page), hits.hits().size() > first), total);
  }

  private static List<FieldValue> values(Set<RecordCategory> categories) {
    return categories.stream().map(c -> FieldValue.of(c.name())).toList();
  }

  private static MultiSearchItem<FullRecord> result(MultiSearchResponseItem<FullRecord> item) {
    if (item.isFailure()) {
      throw new IllegalStateException("Elasticsearch search in msearch failed: " + item.failure().error().type());
    }
    return item.result();
  }
}
