package org.publiccredit.graphql.ingest;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.publiccredit.graphql.error.InvalidArgumentException;
import org.publiccredit.graphql.ingest.SubmissionTypes.FieldViolation;
import org.publiccredit.graphql.ingest.SubmissionTypes.RecordResult;
import org.publiccredit.graphql.ingest.SubmissionTypes.SubmissionRefused;
import org.publiccredit.graphql.ingest.SubmissionTypes.SubmitRecordsInput;
import org.publiccredit.graphql.ingest.SubmissionTypes.SubmitRecordsPayload;
import org.publiccredit.graphql.ingest.SubmissionTypes.SubmitRecordsResult;
import org.publiccredit.graphql.security.Caller;
import org.publiccredit.graphql.security.Scopes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** {@code submitRecords}: a department reports a batch of its own records. */
@Controller
class SubmissionController {

  static final int MAX_RECORDS = 1_000;
  /** Batch ids are logged and stored: keep them to harmless characters. */
  private static final Pattern BATCH_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
  private static final Logger log = LoggerFactory.getLogger(SubmissionController.class);

  private final RecordIngestion ingestion;

  SubmissionController(RecordIngestion ingestion) {
    this.ingestion = ingestion;
  }

  @MutationMapping
  SubmitRecordsPayload submitRecords(@Argument SubmitRecordsInput input, @Nullable Principal principal) {
    Caller caller = Caller.of(principal);
    caller.require(Scopes.RECORDS_WRITE);
    if (input.records().isEmpty() || input.records().size() > MAX_RECORDS) {
      throw new InvalidArgumentException("records", "OUT_OF_RANGE",
          "Argument 'records' must hold 1 to " + MAX_RECORDS + " records.");
    }
    if (!input.sourceDepartmentCode().equals(caller.institutionCode())) {
      return new SubmissionRefused("FOREIGN_DEPARTMENT",
          "A department may report only its own records: sourceDepartmentCode is not this client's institution code.");
    }
    if (!ingestion.mayReport(input.sourceDepartmentCode(), input.category())) {
      return new SubmissionRefused("CATEGORY_NOT_ALLOWED",
          "This department may not report " + input.category() + " records (data catalog, departments.json).");
    }
    if (input.batchId() != null && !BATCH_ID.matcher(input.batchId()).matches()) {
      throw new InvalidArgumentException("batchId", "INVALID_FORMAT",
          "Argument 'batchId' must be 1 to 128 letters, digits or . _ : -");
    }
    String batchId = input.batchId() != null ? input.batchId() : UUID.randomUUID().toString();
    List<IngestRow> rows = new ArrayList<>();
    for (int i = 0; i < input.records().size(); i++) {
      Map<String, String> fields = new LinkedHashMap<>();
      input.records().get(i).fields().forEach(f -> fields.put(f.key(), f.value()));
      rows.add(new IngestRow(i + 1, fields));
    }
    List<RowOutcome> outcomes = ingestion.ingest(
        new IngestBatch(input.category(), rows, batchId, input.sourceDepartmentCode(), true));
    List<RecordResult> results = new ArrayList<>();
    int accepted = 0;
    for (RowOutcome outcome : outcomes) {
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
    log.info("Batch {} of {} from {}: {} accepted, {} rejected", batchId, input.category(),
        caller.clientId(), accepted, outcomes.size() - accepted);
    return new SubmitRecordsResult(batchId, accepted, outcomes.size() - accepted, results);
  }
}
