package org.publiccredit.graphql.ingest;

import java.util.ArrayList;
import java.util.List;
import org.publiccredit.graphql.identity.SubjectCodes;
import org.publiccredit.graphql.pii.IdNumberProtector;
import org.publiccredit.graphql.search.CreditIndexWriter;
import org.publiccredit.graphql.search.CreditRecordDocument;
import org.publiccredit.graphql.search.SubjectDocument;
import org.springframework.stereotype.Component;

/**
 * Validates subjects with their records and writes the valid ones idempotently. The entry point
 * every ingestion channel shares: the demo loader now, department uploads and file imports later.
 */
@Component
public class SubjectIngestion {

  private final SubjectDocuments documents;
  private final CreditIndexWriter writer;

  SubjectIngestion(IdNumberProtector protector, CreditIndexWriter writer) {
    this.documents = new SubjectDocuments(SubjectCodes.withSystemClock(), protector);
    this.writer = writer;
  }

  /**
   * What one batch did.
   *
   * @param rejected position in the batch (0-based) with the reasons, for each refused subject
   */
  public record Result(CreditIndexWriter.Summary written, List<Rejection> rejected) {}

  /** A refused subject: its position in the batch and why. */
  public record Rejection(int index, List<String> reasons) {}

  /** Validates every subject, then writes the accepted ones in one go. */
  public Result ingest(List<IncomingSubject> batch) {
    List<SubjectDocument> subjects = new ArrayList<>();
    List<CreditRecordDocument> records = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      switch (documents.convert(batch.get(i))) {
        case IngestOutcome.Accepted accepted -> {
          subjects.add(accepted.subject());
          records.addAll(accepted.records());
        }
        case IngestOutcome.Rejected refusal -> rejected.add(new Rejection(i, refusal.reasons()));
      }
    }
    return new Result(writer.write(subjects, records), List.copyOf(rejected));
  }
}
