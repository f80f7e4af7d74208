package org.publiccredit.graphql.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.mapping.RuntimeFieldType;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Tax credit ratings across taxpayers, filtered by year and level, for banks' pre-approved lists.
 * Ratings are ordinary TAX_RATING records (one ingestion path); year and level live in the
 * record's attributes, which are not indexed, so they are runtime fields read from the source.
 * The category filter (indexed) narrows the scan to tax ratings first. Records from the demo
 * dataset carry no attributes: their title ("2024年度纳税信用等级A级") gives year and level.
 */
@Component
public class TaxRatingSearch {

  private static final String YEAR_SCRIPT = """
      def a = params._source.attributes;
      if (a != null && a.year != null) { emit(Long.parseLong(a.year.toString())); return; }
      def t = params._source.title;
      if (t != null && t.length() >= 4 && Character.isDigit(t.charAt(0))) { emit(Long.parseLong(t.substring(0, 4))); }
      """;
  private static final String LEVEL_SCRIPT = """
      def a = params._source.attributes;
      if (a != null && a.level != null) { emit(a.level.toString()); return; }
      def t = params._source.title;
      if (t != null && t.length() == 1) { emit(t); return; }
      if (t != null && t.length() >= 2 && t.endsWith('级')) { emit(t.substring(t.length() - 2, t.length() - 1)); }
      """;

  private final ElasticsearchClient client;

  TaxRatingSearch(ElasticsearchClient client) {
    this.client = client;
  }

  /** A position after a rating in the order (taxpayer, record id). */
  public record Cursor(String subjectId, String recordId) {

    private static final String VERSION = "t1";

    public String encode() {
      String plain = VERSION + '\u001f' + subjectId + '\u001f' + recordId;
      return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    public static Optional<Cursor> decode(String cursor) {
      try {
        String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\u001f", 3);
        if (parts.length != 3 || !parts[0].equals(VERSION) || parts[1].isEmpty() || parts[2].isEmpty()) {
          return Optional.empty();
        }
        return Optional.of(new Cursor(parts[1], parts[2]));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
  }

  /** One page: the ratings with the cursor after each, whether more follow, and the total. */
  public record Page(List<PageHit> hits, boolean hasNextPage, long totalCount) {}

  /** A rating and the cursor pointing just after it. */
  public record PageHit(PublicRecord record, String subjectId, Cursor cursor) {}

  public Page page(@Nullable Integer year, @Nullable String level, int first, @Nullable Cursor after) {
    List<Query> filters = new ArrayList<>();
    filters.add(Query.of(q -> q.term(t -> t.field("category").value(RecordCategory.TAX_RATING.name()))));
    if (year != null) {
      filters.add(Query.of(q -> q.term(t -> t.field("taxYear").value(year.longValue()))));
    }
    if (level != null) {
      filters.add(Query.of(q -> q.term(t -> t.field("taxLevel").value(level))));
    }
    try {
      SearchResponse<PublicRecordWithSubject> response = client.search(s -> {
        s.index(CreditIndices.RECORDS.indexName())
            .runtimeMappings("taxYear", r -> r.type(RuntimeFieldType.Long)
                .script(sc -> sc.source(src -> src.scriptString(YEAR_SCRIPT))))
            .runtimeMappings("taxLevel", r -> r.type(RuntimeFieldType.Keyword)
                .script(sc -> sc.source(src -> src.scriptString(LEVEL_SCRIPT))))
            .query(q -> q.bool(b -> b.filter(filters)))
            .sort(o -> o.field(f -> f.field("subjectId").order(SortOrder.Asc)))
            .sort(o -> o.field(f -> f.field("recordId").order(SortOrder.Asc)))
            .size(first + 1)
            .trackTotalHits(t -> t.enabled(true));
        if (after != null) {
          s.searchAfter(FieldValue.of(after.subjectId()), FieldValue.of(after.recordId()));
        }
        return s;
      }, PublicRecordWithSubject.class);
      List<Hit<PublicRecordWithSubject>> hits = response.hits().hits();
      List<PageHit> page = new ArrayList<>();
      for (Hit<PublicRecordWithSubject> hit : hits.subList(0, Math.min(first, hits.size()))) {
        PublicRecordWithSubject source = Objects.requireNonNull(hit.source());
        page.add(new PageHit(source.toRecord(), source.subjectId(), new Cursor(source.subjectId(), source.recordId())));
      }
      var total = response.hits().total();
      return new Page(List.copyOf(page), hits.size() > first, total == null ? page.size() : total.value());
    } catch (IOException e) {
      throw new UncheckedIOException("Elasticsearch search failed", e);
    }
  }

  /** The stored document with its subject id, which {@link PublicRecord} leaves out. */
  record PublicRecordWithSubject(
      String recordId, String subjectId, RecordCategory category, String title, @Nullable String documentNumber,
      @Nullable String authorityName, java.time.LocalDate decisionDate, java.time.@Nullable LocalDate validFrom,
      java.time.@Nullable LocalDate validUntil, @Nullable String summary, @Nullable String updatedAt,
      java.util.@Nullable Map<String, Object> attributes) {

    PublicRecord toRecord() {
      return new PublicRecord(recordId, category, title, documentNumber, authorityName, decisionDate, validFrom,
          validUntil, summary, updatedAt, attributes);
    }
  }
}
