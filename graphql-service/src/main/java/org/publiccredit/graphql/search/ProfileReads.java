package org.publiccredit.graphql.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.HitsMetadata;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Profiles of many subjects, read together. First one msearch with one plain search per subject
 * for all its records up to a cap (only the fields profiles use): for a subject whose records all
 * came back, the judged records, the counts and every page are computed in memory
 * ({@link ProfileInMemory}). Only subjects with more records than the cap are read again, in a
 * second msearch of paged searches whose cost does not grow with the subject
 * ({@link PagedProfileReads}).
 */
@Component
public class ProfileReads {

  /**
   * A subject with at most this many records is read whole in one search. At scale 0.1 a legal
   * person holds about 80 records, and almost none more than this.
   */
  public static final int WHOLE_READ_CAP = 250;

  /** Index order: what a whole read asks for, the cheapest order to collect and fetch. */
  private static final List<SortOptions> INDEX_ORDER =
      List.of(SortOptions.of(o -> o.doc(d -> d.order(SortOrder.Asc))));

  private static final Comparator<FullRecordPage.Hit> RECORD_ORDER =
      Comparator.comparing(FullRecordPage.Hit::cursor, RecordCursor.ORDER);

  private final ElasticsearchClient client;
  private final PagedProfileReads paged;
  private final int wholeReadCap;

  @Autowired
  ProfileReads(ElasticsearchClient client) {
    this(client, WHOLE_READ_CAP);
  }

  /** With another cap: tests move a subject across it (0 reads every profile page by page). */
  public ProfileReads(ElasticsearchClient client, int wholeReadCap) {
    this.client = client;
    this.paged = new PagedProfileReads(client);
    this.wholeReadCap = wholeReadCap;
  }

  public Map<ProfileQuery, ProfileQuery.Result> profiles(Collection<ProfileQuery> queries) {
    List<ProfileQuery> keys = List.copyOf(new LinkedHashSet<>(queries));
    if (keys.isEmpty()) {
      return Map.of();
    }
    List<RequestItem> searches = keys.stream().map(this::wholeSearch).toList();
    MsearchResponse<FullRecord> response = PagedProfileReads.msearch(client, searches);
    Map<ProfileQuery, ProfileQuery.Result> results = new LinkedHashMap<>();
    List<ProfileQuery> tooMany = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      HitsMetadata<FullRecord> hits = PagedProfileReads.result(response.responses().get(i)).hits();
      long total = hits.total() == null ? Long.MAX_VALUE : hits.total().value();
      if (total <= hits.hits().size()) {
        results.put(keys.get(i), ProfileInMemory.read(keys.get(i), inRecordOrder(hits.hits())));
      } else {
        tooMany.add(keys.get(i));
      }
    }
    if (!tooMany.isEmpty()) {
      results.putAll(paged.profiles(tooMany));
    }
    return results;
  }

  /**
   * Every record of the subject in index order ({@code _doc}), not scored and not sorted: a read
   * that comes back whole is put in order here ({@link #inRecordOrder}). Sorting in Elasticsearch
   * looked up each hit's record id in the terms dictionary of a keyword with millions of values, and
   * about a fifth of the node's search CPU per profile went to that (decision 82).
   */
  private RequestItem wholeSearch(ProfileQuery query) {
    return RequestItem.of(r -> r.header(h -> h.index(CreditIndices.RECORDS.indexName()))
        .body(b -> b.query(q -> q.bool(bool -> bool.filter(f -> f.term(t -> t.field("subjectId")
                .value(query.subjectId())))))
            .source(src -> src.filter(f -> f.includes(ProfileSearch.recordSource(query.shown()))))
            .sort(INDEX_ORDER).size(wholeReadCap)
            // Counted only until it is clear the subject does not fit: one past the cap.
            .trackTotalHits(t -> t.count(wholeReadCap + 1))));
  }

  /**
   * The hits in the order of {@link ProfileSearch#RECORD_ORDER} ({@link RecordCursor#ORDER}), each
   * with the cursor {@code search_after} would take ({@link RecordCursor#of}).
   */
  private static List<FullRecordPage.Hit> inRecordOrder(List<Hit<FullRecord>> hits) {
    List<FullRecordPage.Hit> records = new ArrayList<>(hits.size());
    for (Hit<FullRecord> hit : hits) {
      FullRecord record = Objects.requireNonNull(hit.source());
      records.add(new FullRecordPage.Hit(record, RecordCursor.of(record.decisionDate(), record.recordId())));
    }
    records.sort(RECORD_ORDER);
    return records;
  }
}
