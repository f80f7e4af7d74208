package org.publiccredit.graphql.taxrating;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.publiccredit.schema.catalog.Violation;

/** The GraphQL shapes of {@code shareTaxRatings} and {@code taxRatings}; union members resolve by class name. */
final class TaxRatingTypes {

  private TaxRatingTypes() {}

  record ShareTaxRatingsInput(@Nullable String batchId, List<TaxRatingInput> ratings) {}

  record TaxRatingInput(String taxpayerCode, String taxpayerName, int year, String level, @Nullable String score,
      String evaluationDate, @Nullable String validUntil, @Nullable String documentNumber) {}

  /** Either kind of {@code ShareTaxRatingsPayload}. */
  sealed interface ShareTaxRatingsPayload permits ShareTaxRatingsResult, SubmissionRefused {}

  record ShareTaxRatingsResult(String batchId, int acceptedCount, int rejectedCount, List<RecordResult> results)
      implements ShareTaxRatingsPayload {}

  /** The schema's {@code SubmissionRefused} (shared with submitRecords). */
  record SubmissionRefused(String reason, String message) implements ShareTaxRatingsPayload {}

  record RecordResult(int index, String status, @Nullable String recordId, @Nullable Integer version,
      List<FieldViolation> violations) {}

  record FieldViolation(String field, String rule, String message, String messageEn) {

    static FieldViolation of(Violation v) {
      return new FieldViolation(v.field(), v.rule(), v.message().zh(), v.message().en());
    }
  }

  record TaxRating(String taxpayerCode, @Nullable String taxpayerName, int year, String level, @Nullable String score,
      LocalDate evaluationDate, @Nullable LocalDate validUntil, @Nullable String authorityName, String recordId) {}

  record TaxRatingEdge(String cursor, TaxRating node) {}

  record PageInfo(boolean hasNextPage, boolean hasPreviousPage, @Nullable String startCursor,
      @Nullable String endCursor) {}

  /** {@code totalCount} is every rating that matches the filter, not just this page (0 when not selected). */
  record TaxRatingConnection(List<TaxRatingEdge> edges, PageInfo pageInfo, int totalCount) {}
}
