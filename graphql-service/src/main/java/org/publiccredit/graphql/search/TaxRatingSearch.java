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
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Tax credit ratings across taxpayers, for banks' pre-approved lists. Ratings are ordinary
 * TAX_RATING records (one ingestion path). Their year and level live in the record's attributes,
 * which are not indexed, and the local node has no painless for runtime fields; so the index
 * narrows by category and by the level in the title (the catalog maps the level onto the title;
 * demo titles read "2024年度纳税信用等级A级"), and the caller's predicate decides exactly while
 * the hits are read in (taxpayer, record id) order. A taxpayer's ratings of all years sit side by
 * side in that order, so a page of one year costs reading about (years on record) times the page.
 */
@Component
public class TaxRatingSearch {

  /** The most hits read per request while scanning for matches. */
  private static final int MAX_CHUNK = 1_000;

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

  /** One page: the ratings with the cursor after each, and whether more follow. */
  public record Page(List<PageHit> hits, boolean hasNextPage) {}

  /** A rating and the cursor pointing just after it. */
  public record PageHit(PublicRecord record, String subjectId, Cursor cursor) {}

  /**
   * Up to {@code first} ratings after {@code after} that {@code accept} takes.
   *
   * @param level when set, only records whose title holds this level letter are read
   */
  public Page page(@Nullable String level, Predicate<PublicRecord> accept, int first, @Nullable Cursor after) {
    List<Query> filters = new ArrayList<>();
    filters.add(Query.of(q -> q.term(t -> t.field("category").value(RecordCategory.TAX_RATING.name()))));
    if (level != null) {
      filters.add(Query.of(q -> q.match(m -> m.field("title").query(level))));
    }
    int chunk = Math.min(MAX_CHUNK, 5 * (first + 1));
    List<PageHit> found = new ArrayList<>();
    Cursor position = after;
    boolean exhausted = false;
    while (found.size() <= first && !exhausted) {
      List<Hit<PublicRecordWithSubject>> hits = read(filters, chunk, position);
      for (Hit<PublicRecordWithSubject> hit : hits) {
        PublicRecordWithSubject source = Objects.requireNonNull(hit.source());
        position = new Cursor(source.subjectId(), source.recordId());
        PublicRecord record = source.toRecord();
        if (accept.test(record)) {
          found.add(new PageHit(record, source.subjectId(), position));
          if (found.size() > first) {
            break;
          }
        }
      }
      exhausted = hits.size() < chunk;
    }
    return new Page(List.copyOf(found.subList(0, Math.min(first, found.size()))), found.size() > first);
  }

  private List<Hit<PublicRecordWithSubject>> read(List<Query> filters, int size, @Nullable Cursor after) {
    try {
      SearchResponse<PublicRecordWithSubject> response = client.search(s -> {
        s.index(CreditIndices.RECORDS.indexName())
            .query(q -> q.bool(b -> b.filter(filters)))
            .sort(o -> o.field(f -> f.field("subjectId").order(SortOrder.Asc)))
            .sort(o -> o.field(f -> f.field("recordId").order(SortOrder.Asc)))
            .size(size)
            .trackTotalHits(t -> t.enabled(false));
        if (after != null) {
          s.searchAfter(FieldValue.of(after.subjectId()), FieldValue.of(after.recordId()));
        }
        return s;
      }, PublicRecordWithSubject.class);
      return response.hits().hits();
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
