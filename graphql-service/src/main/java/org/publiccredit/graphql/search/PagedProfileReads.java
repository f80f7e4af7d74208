package org.publiccredit.graphql.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.aggregations.TermsAggregationExecutionHint;
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

/**
 * Profiles of subjects with more records than {@link ProfileReads} reads whole, in one msearch:
 * per subject one search for the records that must be judged one by one, with the counts of the
 * others and the first pages asked for as aggregations (top hits); a page after a cursor is a
 * search of its own. A profile's cost is bounded by the pages asked for, not by how many records
 * the subject has.
 */
final class PagedProfileReads {

  private static final String IN_VIEW = "inView";
  private static final String BY_CATEGORY = "byCategory";
  private static final String IN_FORCE = "inForce";
  private static final String OBJECTED = "objected";
  private static final String PAGE = "page";
  private static final String HITS = "hits";
  private static final int MAX_TOP_HITS = 100;

  private final ElasticsearchClient client;

  PagedProfileReads(ElasticsearchClient client) {
    this.client = client;
  }

  Map<ProfileQuery, ProfileQuery.Result> profiles(Collection<ProfileQuery> queries) {
    List<ProfileQuery> keys = List.copyOf(new LinkedHashSet<>(queries));
    if (keys.isEmpty()) {
      return Map.of();
    }
    List<RequestItem> searches = new ArrayList<>();
    for (ProfileQuery query : keys) {
      searches.add(judgedSearch(query));
      query.pages().stream().filter(page -> !asTopHits(page)).forEach(page -> searches.add(pageSearch(query, page)));
    }
    MsearchResponse<FullRecord> response = msearch(client, searches);
    Map<ProfileQuery, ProfileQuery.Result> results = new LinkedHashMap<>();
    int item = 0;
    for (ProfileQuery query : keys) {
      MultiSearchItem<FullRecord> judged = result(response.responses().get(item++));
      List<ProfileQuery.Page> pages = new ArrayList<>();
      for (int i = 0; i < query.pages().size(); i++) {
        ProfileQuery.PageQuery page = query.pages().get(i);
        pages.add(asTopHits(page) ? firstPage(judged, i, page.first())
            : page(result(response.responses().get(item++)).hits(), page.first()));
      }
      results.put(query, result(query, judged, pages));
    }
    return results;
  }

  private static RequestItem judgedSearch(ProfileQuery query) {
    // Each filter aggregation repeats the subject: alone, Elasticsearch would build its ranges over
    // the whole index (millions of records) for every profile instead of reading the subject's few.
    Query subject = Query.of(q -> q.term(t -> t.field("subjectId").value(query.subjectId())));
    Query inView = Query.of(q -> q.bool(b -> {
      b.filter(subject).filter(f -> f.terms(t -> t.field("category").terms(v -> v.value(values(query.paged())))));
      if (!query.wholeRecord()) {
        publicView(b, query.view());
      }
      return b;
    }));
    String day = query.view().day().toString();
    Query inForce = Query.of(q -> q.bool(b -> {
      b.filter(subject).filter(c -> c.terms(t -> t.field("category").terms(v -> v.value(values(query.inForceUnlessEnded())))))
          .mustNot(m -> m.range(r -> r.date(d -> d.field("validUntil").lte(day)))); // absent or later: in force
      publicView(b, query.view());
      return b;
    }));
    Map<String, Aggregation> sub = Map.of(
        BY_CATEGORY, Aggregation.of(a -> a.terms(t -> t.field("category").size(RecordCategory.values().length)
            .executionHint(TermsAggregationExecutionHint.Map))),
        OBJECTED, Aggregation.of(a -> a.filter(f -> f.bool(b -> b.filter(subject)
            .filter(o -> o.range(r -> r.date(d -> d.field("publicityState.objectionSince").lte(day))))))));
    Map<String, Aggregation> aggregations = new LinkedHashMap<>();
    aggregations.put(IN_VIEW, Aggregation.of(a -> a.filter(inView).aggregations(sub)));
    aggregations.put(IN_FORCE, Aggregation.of(a -> a.filter(inForce)));
    for (int i = 0; i < query.pages().size(); i++) {
      ProfileQuery.PageQuery page = query.pages().get(i);
      if (asTopHits(page)) {
        aggregations.put(PAGE + i, Aggregation.of(a -> a.filter(pageFilter(query, page))
            .aggregations(HITS, h -> h.topHits(t -> t.size(page.first() + 1).sort(ProfileSearch.RECORD_ORDER)
                .source(src -> src.filter(f -> f.includes(ProfileSearch.recordSource(query.shown()))))))));
      }
    }
    return RequestItem.of(r -> r.header(h -> h.index(CreditIndices.RECORDS.indexName()))
        .body(b -> b.query(subject)
            .postFilter(f -> f.terms(t -> t.field("category").terms(v -> v.value(values(query.judged())))))
            .aggregations(aggregations)
            .source(src -> src.filter(f -> f.includes(ProfileSearch.recordSource(query.shown()))))
            .sort(ProfileSearch.RECORD_ORDER).size(query.judgedCap()).trackTotalHits(t -> t.enabled(true))));
  }

  private static RequestItem pageSearch(ProfileQuery query, ProfileQuery.PageQuery page) {
    return RequestItem.of(r -> r.header(h -> h.index(CreditIndices.RECORDS.indexName())).body(b -> {
      b.query(pageFilter(query, page))
          .source(src -> src.filter(f -> f.includes(ProfileSearch.recordSource(query.shown()))))
          .sort(ProfileSearch.RECORD_ORDER).size(page.first() + 1).trackTotalHits(t -> t.enabled(true));
      if (page.after() != null) {
        b.searchAfter(FieldValue.of(page.after().decisionDateMillis()), FieldValue.of(page.after().recordId()));
      }
      return b;
    }));
  }

  /**
   * Whether a page comes as top hits of the profile's search: a first page within the index's
   * {@code max_inner_result_window} (100, with the one extra hit that tells whether more follow).
   */
  private static boolean asTopHits(ProfileQuery.PageQuery page) {
    return page.after() == null && page.first() + 1 <= MAX_TOP_HITS;
  }

  /** The subject's records of a page's categories that the viewer sees. */
  private static Query pageFilter(ProfileQuery query, ProfileQuery.PageQuery page) {
    return Query.of(q -> q.bool(bool -> {
      bool.filter(f -> f.term(t -> t.field("subjectId").value(query.subjectId())))
          .filter(f -> f.terms(t -> t.field("category").terms(v -> v.value(values(page.categories())))));
      if (!query.wholeRecord()) {
        publicView(bool, query.view());
      }
      return bool;
    }));
  }

  /**
   * Restricts {@code bool} to what the public sees on the view's day: the view's categories, none
   * decided before its category's earliest public decision, none withdrawn or repaired by then.
   * Written as exclusions rather than a disjunction of ranges: then the ranges are only checked on
   * the documents the rest of the query matched, never built over the whole index.
   */
  static void publicView(BoolQuery.Builder bool, ProfileQuery.PublicView view) {
    bool.filter(f -> f.terms(t -> t.field("category").terms(v -> v.value(values(view.earliestDecision().keySet())))));
    view.earliestDecision().forEach((category, earliest) -> earliest.ifPresent(date -> {
      Query decidedEarlier = Query.of(q -> q.bool(c -> c
          .filter(f -> f.term(t -> t.field("category").value(category.name())))
          .filter(f -> f.range(r -> r.date(d -> d.field("decisionDate").lt(date.toString()))))));
      bool.mustNot(decidedEarlier);
    }));
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

  private static ProfileQuery.Page page(HitsMetadata<FullRecord> hits, int first) {
    List<FullRecordPage.Hit> page = new ArrayList<>();
    for (Hit<FullRecord> hit : hits.hits().subList(0, Math.min(first, hits.hits().size()))) {
      page.add(new FullRecordPage.Hit(Objects.requireNonNull(hit.source()), cursor(hit.sort())));
    }
    long total = hits.total() == null ? page.size() : hits.total().value();
    return new ProfileQuery.Page(new FullRecordPage(List.copyOf(page), hits.hits().size() > first), total);
  }

  /** A first page from its filter aggregation: the bucket counts the section, its top hits are the page. */
  private static ProfileQuery.Page firstPage(MultiSearchItem<FullRecord> judged, int index, int first) {
    var bucket = judged.aggregations().get(PAGE + index).filter();
    var hits = bucket.aggregations().get(HITS).topHits().hits().hits();
    List<FullRecordPage.Hit> page = new ArrayList<>();
    for (var hit : hits.subList(0, Math.min(first, hits.size()))) {
      page.add(new FullRecordPage.Hit(Objects.requireNonNull(hit.source()).to(FullRecord.class), cursor(hit.sort())));
    }
    return new ProfileQuery.Page(new FullRecordPage(List.copyOf(page), hits.size() > first), bucket.docCount());
  }

  private static RecordCursor cursor(List<FieldValue> sort) {
    return new RecordCursor(sort.get(0).longValue(), sort.get(1).stringValue());
  }

  private static List<FieldValue> values(Set<RecordCategory> categories) {
    return categories.stream().map(c -> FieldValue.of(c.name())).toList();
  }

  /** One msearch of profile records: the whole reads and the paged reads both send theirs so. */
  static MsearchResponse<FullRecord> msearch(ElasticsearchClient client, List<RequestItem> searches) {
    try {
      return client.msearch(m -> m.searches(searches), FullRecord.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Elasticsearch msearch failed", e);
    }
  }

  static <T> MultiSearchItem<T> result(MultiSearchResponseItem<T> item) {
    if (item.isFailure()) {
      throw new IllegalStateException("Elasticsearch search in msearch failed: " + item.failure().error().type());
    }
    return item.result();
  }
}
