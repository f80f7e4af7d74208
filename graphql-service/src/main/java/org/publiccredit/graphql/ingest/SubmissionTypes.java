package org.publiccredit.graphql.ingest;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.publiccredit.schema.catalog.Violation;

/**
 * The GraphQL shapes of {@code submitRecords}; type names are the schema's, so the union
 * {@code SubmitRecordsPayload} resolves by class name.
 */
final class SubmissionTypes {

  private SubmissionTypes() {}

  record SubmitRecordsInput(String category, String sourceDepartmentCode, @Nullable String batchId,
      List<RecordInput> records) {}

  record RecordInput(List<FieldValueInput> fields) {}

  record FieldValueInput(String key, String value) {

    @Override
    public String toString() {
      return "FieldValueInput[" + key + "]";
    }
  }

  /** Either kind of {@code SubmitRecordsPayload}. */
  sealed interface SubmitRecordsPayload permits SubmitRecordsResult, SubmissionRefused {}

  record SubmitRecordsResult(String batchId, int acceptedCount, int rejectedCount, List<RecordResult> results)
      implements SubmitRecordsPayload {}

  record SubmissionRefused(String reason, String message) implements SubmitRecordsPayload {}

  record RecordResult(int index, String status, @Nullable String recordId, @Nullable Integer version,
      List<FieldViolation> violations) {}

  record FieldViolation(String field, String rule, String message, String messageEn) {

    static FieldViolation of(Violation v) {
      return new FieldViolation(v.field(), v.rule(), v.message().zh(), v.message().en());
    }
  }
}
