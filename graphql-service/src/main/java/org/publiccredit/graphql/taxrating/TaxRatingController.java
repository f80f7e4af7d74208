package org.publiccredit.graphql.taxrating;

import graphql.schema.DataFetchingEnvironment;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.publiccredit.graphql.error.InvalidArgumentException;
import org.publiccredit.graphql.evaluation.TaxRatings;
import org.publiccredit.graphql.execution.SubFields;
import org.publiccredit.graphql.ingest.IngestBatch;
import org.publiccredit.graphql.ingest.IngestRow;
import org.publiccredit.graphql.ingest.RecordIngestion;
import org.publiccredit.graphql.ingest.RowOutcome;
import org.publiccredit.graphql.search.PublicRecord;
import org.publiccredit.graphql.search.TaxRatingSearch;
import org.publiccredit.graphql.security.Caller;
import org.publiccredit.graphql.taxrating.TaxRatingTypes.FieldViolation;
import org.publiccredit.graphql.taxrating.TaxRatingTypes.RecordResult;
import org.publiccredit.graphql.taxrating.TaxRatingTypes.ShareTaxRatingsInput;
import org.publiccredit.graphql.taxrating.TaxRatingTypes.ShareTaxRatingsPayload;
import org.publiccredit.graphql.taxrating.TaxRatingTypes.SubmissionRefused;
import org.publiccredit.graphql.taxrating.TaxRatingTypes.TaxRatingInput;
import org.publiccredit.schema.catalog.Department;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code shareTaxRatings} and {@code taxRatings}. Ratings are TAX_RATING records of the data
 * catalog and go through {@link RecordIngestion} like every other record, so validation,
 * idempotency per (taxpayer, year) and the version history are the catalog's, not a second copy.
 */
@Controller
class TaxRatingController {

  static final String WRITE_SCOPE = "tax-rating:write";
  static final String READ_SCOPE = "tax-rating:read";
  static final int MAX_RATINGS = 10_000;
  static final int MAX_PAGE_SIZE = 500;
  static final int DEFAULT_PAGE_SIZE = 100;
  private static final String CATEGORY = "TAX_RATING";
  /** Ingestion works in bulks of this many rows: one mget and one bulk request each. */
  private static final int CHUNK = 1_000;
  private static final Pattern BATCH_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
  private static final Logger log = LoggerFactory.getLogger(TaxRatingController.class);

  private final RecordIngestion ingestion;
  private final TaxRatingSearch search;

  TaxRatingController(RecordIngestion ingestion, TaxRatingSearch search) {
    this.ingestion = ingestion;
    this.search = search;
  }

  @MutationMapping
  ShareTaxRatingsPayload shareTaxRatings(@Argument ShareTaxRatingsInput input, @Nullable Principal principal) {
    Caller caller = Caller.of(principal);
    caller.require(WRITE_SCOPE);
    if (input.ratings().isEmpty() || input.ratings().size() > MAX_RATINGS) {
      throw new InvalidArgumentException("ratings", "OUT_OF_RANGE",
          "Argument 'ratings' must hold 1 to " + MAX_RATINGS + " ratings.");
    }
    if (input.batchId() != null && !BATCH_ID.matcher(input.batchId()).matches()) {
      throw new InvalidArgumentException("batchId", "INVALID_FORMAT",
          "Argument 'batchId' must be 1 to 128 letters, digits or . _ : -");
    }
    String institution = caller.institutionCode();
    if (!"TAX_BUREAU".equals(caller.clientType()) || institution == null || !ingestion.mayReport(institution, CATEGORY)) {
      return new SubmissionRefused("CATEGORY_NOT_ALLOWED",
          "Only the tax bureau shares tax credit ratings (data catalog, departments.json).");
    }
    String authority = ingestion.catalog().departments().stream().filter(d -> d.code().equals(institution))
        .map((Department d) -> d.name().zh()).findFirst().orElse(institution);
    String batchId = input.batchId() != null ? input.batchId() : UUID.randomUUID().toString();
    List<RecordResult> results = new ArrayList<>();
    int accepted = 0;
    for (int from = 0; from < input.ratings().size(); from += CHUNK) {
      List<IngestRow> rows = new ArrayList<>();
      for (int i = from; i < Math.min(from + CHUNK, input.ratings().size()); i++) {
        rows.add(new IngestRow(i + 1, fields(input.ratings().get(i), authority, institution)));
      }
      for (RowOutcome outcome : ingestion.ingest(new IngestBatch(CATEGORY, rows, batchId, institution, true))) {
        int index = (int) outcome.line() - 1;
        switch (outcome) {
          case RowOutcome.Accepted a -> {
            accepted++;
            results.add(new RecordResult(index, a.status().name(), a.recordId(), a.version(), List.of()));
          }
          case RowOutcome.Rejected r -> results.add(new RecordResult(index, "REJECTED", null, null,
              r.violations().stream().map(FieldViolation::of).toList()));
        }
      }
    }
    log.info("Tax ratings batch {} from {}: {} accepted, {} rejected", batchId, caller.clientId(), accepted,
        results.size() - accepted);
    return new TaxRatingTypes.ShareTaxRatingsResult(batchId, accepted, results.size() - accepted, results);
  }

  @QueryMapping
  TaxRatingTypes.TaxRatingConnection taxRatings(@Argument @Nullable Integer year, @Argument @Nullable String level,
      @Argument @Nullable Integer first, @Argument @Nullable String after, @Nullable Principal principal,
      DataFetchingEnvironment env) {
    Caller.of(principal).require(READ_SCOPE);
    int size = first == null ? DEFAULT_PAGE_SIZE : first;
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidArgumentException("first", "OUT_OF_RANGE",
          "Argument 'first' must be between 1 and " + MAX_PAGE_SIZE + ".");
    }
    TaxRatingSearch.Cursor cursor = after == null ? null : TaxRatingSearch.Cursor.decode(after).orElseThrow(() ->
        new InvalidArgumentException("after", "INVALID_CURSOR", "Argument 'after' is not a cursor returned by this API."));
    // Counting every match is Elasticsearch's work, done only when the selection asks for it.
    TaxRatingSearch.Page page = search.page(year, level, size, cursor, SubFields.asks(env, "totalCount"));
    List<TaxRatingTypes.TaxRatingEdge> edges = page.hits().stream()
        .map(h -> new TaxRatingTypes.TaxRatingEdge(h.cursor().encode(), rating(h.subjectId(), h.record()))).toList();
    return new TaxRatingTypes.TaxRatingConnection(edges, new TaxRatingTypes.PageInfo(page.hasNextPage(), cursor != null,
        edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor()),
        page.totalCount() == null ? 0 : Math.toIntExact(page.totalCount()));
  }

  private static TaxRatingTypes.TaxRating rating(String subjectId, PublicRecord r) {
    String until = r.attribute("validUntil");
    return new TaxRatingTypes.TaxRating(subjectId, r.attribute("subjectName"), TaxRatings.year(r),
        String.valueOf(TaxRatings.level(r)), TaxRatings.score(r), r.decisionDate(),
        until == null ? r.validUntil() : java.time.LocalDate.parse(until), r.authorityName(), r.recordId());
  }

  /** The catalog's TAX_RATING fields; the tax bureau is the evaluating authority and the source. */
  private static Map<String, String> fields(TaxRatingInput rating, String authority, String institution) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("unifiedSocialCreditCode", rating.taxpayerCode());
    fields.put("subjectName", rating.taxpayerName());
    fields.put("year", Integer.toString(rating.year()));
    fields.put("level", rating.level());
    putIfPresent(fields, "score", rating.score());
    // Deterministic, so that re-sending a rating without a number stays UNCHANGED.
    fields.put("documentNumber", rating.documentNumber() != null ? rating.documentNumber()
        : rating.year() + "-" + rating.taxpayerCode());
    fields.put("evaluationDate", rating.evaluationDate());
    putIfPresent(fields, "validUntil", rating.validUntil());
    fields.put("authorityName", authority);
    fields.put("authorityCode", institution);
    fields.put("sourceUnit", authority);
    fields.put("sourceUnitCode", institution);
    return fields;
  }

  private static void putIfPresent(Map<String, String> fields, String key, @Nullable String value) {
    if (value != null && !value.isBlank()) {
      fields.put(key, value);
    }
  }
}
