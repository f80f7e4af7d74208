package org.publiccredit.graphql.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.HitsMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads for many subjects at once, so that a page of subjects with their records and profiles
 * costs a fixed number of requests: one mget for subjects, one msearch for their records,
 * whatever the page size.
 */
@Component
public class ProfileSearch {

  /**
   * A credit report (and public disclosure's list check) reads at most this many records of a
   * subject, the newest; a live profile reads through {@link ProfileReads} instead.
   */
  public static final int MAX_RECORDS_PER_SUBJECT = 1000;

  static final List<SortOptions> RECORD_ORDER = List.of(
      SortOptions.of(o -> o.field(f -> f.field("decisionDate").order(SortOrder.Desc))),
      SortOptions.of(o -> o.field(f -> f.field("recordId").order(SortOrder.Asc))));

  /**
   * What profiles read of a record: the common fields, the publicity state and only the catalog
   * attributes the publicity rules and labels use (a row's other fields can be many times larger).
   * A column the catalog maps to a common field (e.g. level, listType, action, recordType and
   * removalDate are titles or end dates) is stored at top level only and comes back under
   * {@code attributes} from that field ({@link RecordAttributes}): keep every common field here.
   */
  static final List<String> RECORD_SOURCE = List.of("recordId", "subjectId", "subjectType", "category", "title",
      "documentNumber", "authorityName", "authorityCode", "decisionDate", "validFrom", "validUntil", "summary",
      "sourceDepartmentName", "sourceDepartmentCode", "publicityState.*", "attributes.CFLB", "attributes.NR_FK",
      "attributes.disclosure", "attributes.level", "attributes.listType", "attributes.removalDate", "attributes.action",
      "attributes.entryDocumentNumber", "attributes.fulfilment", "attributes.commitmentType", "attributes.recordType",
      "attributes.XDR_MC");

  /** {@link #RECORD_SOURCE} without the fields of what a profile's selection does not show, by what it shows. */
  private static final Map<Set<ProfileQuery.Shown>, List<String>> RECORD_SOURCE_SHOWING = recordSourceShowing();

  private final ElasticsearchClient client;

  ProfileSearch(ElasticsearchClient client) {
    this.client = client;
  }

  /** {@link #RECORD_SOURCE} for a live profile that shows only {@code shown} of the optional record fields. */
  static List<String> recordSource(Set<ProfileQuery.Shown> shown) {
    return RECORD_SOURCE_SHOWING.get(shown);
  }

  private static Map<Set<ProfileQuery.Shown>, List<String>> recordSourceShowing() {
    ProfileQuery.Shown[] all = ProfileQuery.Shown.values();
    Map<Set<ProfileQuery.Shown>, List<String>> bySubset = new HashMap<>();
    for (int bits = 0; bits < 1 << all.length; bits++) {
      Set<ProfileQuery.Shown> shown = new HashSet<>();
      List<String> leftOut = new ArrayList<>();
      for (int i = 0; i < all.length; i++) {
        if ((bits & 1 << i) != 0) {
          shown.add(all[i]);
        } else {
          leftOut.addAll(all[i].sourceFields());
        }
      }
      bySubset.put(Set.copyOf(shown), RECORD_SOURCE.stream().filter(field -> !leftOut.contains(field)).toList());
    }
    return Map.copyOf(bySubset);
  }

  /** Subjects by document id, in one mget; ids not found are absent from the map. */
  public Map<String, SubjectDocument> subjects(Collection<String> subjectIds) {
    if (subjectIds.isEmpty()) {
      return Map.of();
    }
    try {
      var response = client.mget(m -> m.index(CreditIndices.SUBJECTS.indexName()).ids(List.copyOf(subjectIds)),
          SubjectDocument.class);
      Map<String, SubjectDocument> found = new HashMap<>();
      response.docs().forEach(item -> {
        if (item.isResult() && item.result().found() && item.result().source() != null) {
          found.put(item.result().id(), item.result().source());
        }
      });
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException("Elasticsearch mget failed", e);
    }
  }

  /** All records (up to the cap) of each subject, in one msearch. */
  public Map<String, SubjectRecords> recordsOf(Collection<String> subjectIds) {
    List<String> ids = List.copyOf(new LinkedHashSet<>(subjectIds));
    if (ids.isEmpty()) {
      return Map.of();
    }
    List<RequestItem> searches = ids.stream().map(id -> RequestItem.of(r -> r
        .header(h -> h.index(CreditIndices.RECORDS.indexName()))
        .body(b -> b.query(q -> q.term(t -> t.field("subjectId").value(id)))
            .source(src -> src.filter(f -> f.includes(RECORD_SOURCE)))
            .sort(RECORD_ORDER).size(MAX_RECORDS_PER_SUBJECT).trackTotalHits(t -> t.enabled(true))))).toList();
    MsearchResponse<FullRecord> response = msearch(searches);
    Map<String, SubjectRecords> result = new LinkedHashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      HitsMetadata<FullRecord> hits = hits(response.responses().get(i));
      List<FullRecord> records = hits.hits().stream().map(h -> Objects.requireNonNull(h.source())).toList();
      long total = hits.total() == null ? records.size() : hits.total().value();
      result.put(ids.get(i), new SubjectRecords(records, total <= records.size(), total));
    }
    return result;
  }

  /** One page per request, in one msearch (the batched form of {@link CreditSearch#records}). */
  public Map<RecordPageRequest, CreditRecordPage> recordPages(Collection<RecordPageRequest> requests) {
    List<RecordPageRequest> keys = List.copyOf(new LinkedHashSet<>(requests));
    if (keys.isEmpty()) {
      return Map.of();
    }
    List<RequestItem> searches = keys.stream().map(key -> RequestItem.of(r -> r
        .header(h -> h.index(CreditIndices.RECORDS.indexName()))
        .body(b -> {
          b.query(q -> q.term(t -> t.field("subjectId").value(key.subjectId())))
              .sort(RECORD_ORDER).size(key.first() + 1).trackTotalHits(t -> t.enabled(true));
          if (key.after() != null) {
            b.searchAfter(FieldValue.of(key.after().decisionDateMillis()), FieldValue.of(key.after().recordId()));
          }
          return b;
        }))).toList();
    try {
      MsearchResponse<CreditRecordDocument> response = client.msearch(m -> m.searches(searches), CreditRecordDocument.class);
      Map<RecordPageRequest, CreditRecordPage> pages = new HashMap<>();
      for (int i = 0; i < keys.size(); i++) {
        HitsMetadata<CreditRecordDocument> hits = hits(response.responses().get(i));
        int first = keys.get(i).first();
        List<CreditRecordPage.Hit> page = new ArrayList<>();
        for (Hit<CreditRecordDocument> hit : hits.hits().subList(0, Math.min(first, hits.hits().size()))) {
          page.add(new CreditRecordPage.Hit(Objects.requireNonNull(hit.source()), cursor(hit)));
        }
        long total = hits.total() == null ? page.size() : hits.total().value();
        pages.put(keys.get(i), new CreditRecordPage(List.copyOf(page), hits.hits().size() > first, total));
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException("Elasticsearch msearch failed", e);
    }
  }

  /**
   * Subjects matching a query, best match first. A name part is a phrase on the standard
   * analyzer's tokens, which are single Han characters: the characters must appear in that order
   * with nothing between them, i.e. the part occurs in the name.
   */
  public SubjectPage searchSubjects(SubjectQuery query, int first, @Nullable SubjectCursor after) {
    BoolQuery.Builder bool = new BoolQuery.Builder();
    if (query.namePart() != null) {
      bool.must(m -> m.matchPhrase(p -> p.field("name").query(query.namePart())));
    }
    if (query.type() != null) {
      bool.filter(f -> f.term(t -> t.field("type").value(query.type().name())));
    }
    if (query.town() != null) {
      bool.filter(f -> f.term(t -> t.field("town").value(query.town())));
    }
    Query q = Query.of(b -> b.bool(bool.build()));
    try {
      SearchResponse<SubjectDocument> response = client.search(s -> {
        s.index(CreditIndices.SUBJECTS.indexName()).query(q)
            .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
            .sort(o -> o.field(f -> f.field("subjectId").order(SortOrder.Asc)))
            .size(first + 1)
            .trackTotalHits(t -> t.count(10_000));
        if (after != null) {
          s.searchAfter(FieldValue.of(after.score()), FieldValue.of(after.subjectId()));
        }
        return s;
      }, SubjectDocument.class);
      List<Hit<SubjectDocument>> hits = response.hits().hits();
      List<SubjectPage.Hit> page = new ArrayList<>();
      for (Hit<SubjectDocument> hit : hits.subList(0, Math.min(first, hits.size()))) {
        List<FieldValue> sort = hit.sort();
        page.add(new SubjectPage.Hit(Objects.requireNonNull(hit.source()),
            new SubjectCursor(sort.get(0).doubleValue(), sort.get(1).stringValue())));
      }
      var total = response.hits().total();
      return new SubjectPage(List.copyOf(page), hits.size() > first, total == null ? page.size() : total.value());
    } catch (IOException e) {
      throw new UncheckedIOException("Elasticsearch search failed", e);
    }
  }

  /** Records across subjects that may be public, newest first; {@code size + 1} are asked to learn whether more follow. */
  public FullRecordPage records(RecordFilter filter, int size, @Nullable RecordCursor after) {
    BoolQuery.Builder bool = new BoolQuery.Builder();
    PagedProfileReads.publicView(bool, new ProfileQuery.PublicView(filter.earliestDecision(), filter.outOfViewOn()));
    if (filter.decidedFrom() != null) {
      bool.filter(f -> f.range(r -> r.date(d -> d.field("decisionDate").gte(filter.decidedFrom().toString()))));
    }
    if (filter.decidedTo() != null) {
      bool.filter(f -> f.range(r -> r.date(d -> d.field("decisionDate").lte(filter.decidedTo().toString()))));
    }
    if (filter.authorityCode() != null) {
      bool.filter(f -> f.term(t -> t.field("authorityCode").value(filter.authorityCode())));
    }
    if (filter.authorityName() != null) {
      bool.filter(f -> f.term(t -> t.field("authorityName").value(filter.authorityName())));
    }
    Query q = Query.of(b -> b.bool(bool.build()));
    try {
      SearchResponse<FullRecord> response = client.search(s -> {
        s.index(CreditIndices.RECORDS.indexName()).query(q).sort(RECORD_ORDER).size(size + 1)
            .source(src -> src.filter(f -> f.includes(RECORD_SOURCE))).trackTotalHits(t -> t.enabled(false));
        if (after != null) {
          s.searchAfter(FieldValue.of(after.decisionDateMillis()), FieldValue.of(after.recordId()));
        }
        return s;
      }, FullRecord.class);
      List<Hit<FullRecord>> hits = response.hits().hits();
      List<FullRecordPage.Hit> page = new ArrayList<>();
      for (Hit<FullRecord> hit : hits.subList(0, Math.min(size, hits.size()))) {
        page.add(new FullRecordPage.Hit(Objects.requireNonNull(hit.source()), cursor(hit)));
      }
      return new FullRecordPage(List.copyOf(page), hits.size() > size);
    } catch (IOException e) {
      throw new UncheckedIOException("Elasticsearch search failed", e);
    }
  }

  private MsearchResponse<FullRecord> msearch(List<RequestItem> searches) {
    try {
      return client.msearch(m -> m.searches(searches), FullRecord.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Elasticsearch msearch failed", e);
    }
  }

  private static <T> HitsMetadata<T> hits(MultiSearchResponseItem<T> item) {
    if (item.isFailure()) {
      throw new IllegalStateException("Elasticsearch search in msearch failed: " + item.failure().error().type());
    }
    return item.result().hits();
  }

  private static RecordCursor cursor(Hit<?> hit) {
    List<FieldValue> sort = hit.sort();
    return new RecordCursor(sort.get(0).longValue(), sort.get(1).stringValue());
  }
}
