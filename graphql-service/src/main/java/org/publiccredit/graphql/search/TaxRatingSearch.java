package org.publiccredit.graphql.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
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
 * Tax credit ratings across taxpayers, for banks' pre-approved lists. Ratings are ordinary
 * TAX_RATING records (one ingestion path). Elasticsearch answers both the filter and the count:
 * the level is the record's title (the catalog maps the level onto it), and the year is
 * {@code attributes.year}, the one catalog attribute indexed (tax-rating.json marks it, the
 * credit-records template maps it). Records without that attribute (the demo dataset, whose titles
 * read "2024年度纳税信用等级A级") are matched by the year in their title instead. Ordered by
 * (taxpayer, record id).
 */
@Component
public class TaxRatingSearch {

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

  /**
   * One page: the ratings with the cursor after each, whether more follow, and how many ratings
   * match in all (null when not asked for).
   */
  public record Page(List<PageHit> hits, boolean hasNextPage, @Nullable Long totalCount) {}

  /** A rating and the cursor pointing just after it. */
  public record PageHit(PublicRecord record, String subjectId, Cursor cursor) {}

  /**
   * Up to {@code first} ratings after {@code after}.
   *
   * @param year when set, only ratings of this evaluation year
   * @param level when set, only ratings of this level (A, B, M, C or D)
   * @param count whether to count every match (the connection's totalCount)
   */
  public Page page(@Nullable Integer year, @Nullable String level, int first, @Nullable Cursor after, boolean count) {
    List<Query> filters = new ArrayList<>();
    filters.add(Query.of(q -> q.term(t -> t.field("category").value(RecordCategory.TAX_RATING.name()))));
    if (level != null) {
      // A title is the level letter, or a demo title whose only Latin letter is the level.
      filters.add(Query.of(q -> q.match(m -> m.field("title").query(level))));
    }
    if (year != null) {
      filters.add(Query.of(q -> q.bool(b -> b.minimumShouldMatch("1")
          .should(s -> s.term(t -> t.field("attributes.year").value(year)))
          .should(s -> s.bool(d -> d.mustNot(n -> n.exists(e -> e.field("attributes.year")))
              .filter(f -> f.match(m -> m.field("title").query(Integer.toString(year)))))))));
    }
    SearchResponse<PublicRecordWithSubject> response = read(filters, first + 1, after, count);
    List<PageHit> found = new ArrayList<>();
    for (Hit<PublicRecordWithSubject> hit : response.hits().hits()) {
      PublicRecordWithSubject source = Objects.requireNonNull(hit.source());
      found.add(new PageHit(source.toRecord(), source.subjectId(), new Cursor(source.subjectId(), source.recordId())));
    }
    Long total = count && response.hits().total() != null ? response.hits().total().value() : null;
    return new Page(List.copyOf(found.subList(0, Math.min(first, found.size()))), found.size() > first, total);
  }

  private SearchResponse<PublicRecordWithSubject> read(List<Query> filters, int size, @Nullable Cursor after,
      boolean count) {
    try {
      return client.search(s -> {
        s.index(CreditIndices.RECORDS.indexName())
            .query(q -> q.bool(b -> b.filter(filters)))
            .sort(o -> o.field(f -> f.field("subjectId").order(SortOrder.Asc)))
            .sort(o -> o.field(f -> f.field("recordId").order(SortOrder.Asc)))
            .size(size)
            .trackTotalHits(t -> t.enabled(count));
        if (after != null) {
          s.searchAfter(FieldValue.of(after.subjectId()), FieldValue.of(after.recordId()));
        }
        return s;
      }, PublicRecordWithSubject.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Elasticsearch search failed", e);
    }
  }

  /** The stored document with its subject id, which {@link PublicRecord} leaves out. */
  record PublicRecordWithSubject(
      String recordId, String subjectId, RecordCategory category, String title, @Nullable String documentNumber,
      @Nullable String authorityName, @Nullable String authorityCode, java.time.LocalDate decisionDate,
      java.time.@Nullable LocalDate validFrom, java.time.@Nullable LocalDate validUntil, @Nullable String summary,
      @Nullable String sourceDepartmentName, @Nullable String sourceDepartmentCode, @Nullable String updatedAt,
      java.util.@Nullable Map<String, Object> attributes) {

    PublicRecord toRecord() {
      return new PublicRecord(recordId, category, title, documentNumber, authorityName, authorityCode, decisionDate,
          validFrom, validUntil, summary, sourceDepartmentName, sourceDepartmentCode, updatedAt, attributes);
    }
  }
}
