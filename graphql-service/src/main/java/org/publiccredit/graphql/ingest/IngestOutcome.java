package org.publiccredit.graphql.ingest;

import java.util.List;
import org.publiccredit.graphql.search.CreditRecordDocument;
import org.publiccredit.graphql.search.SubjectDocument;

/** What became of one incoming subject: documents to write, or the reasons it was refused. */
public sealed interface IngestOutcome {

  /** Valid: these documents are ready to be written. */
  record Accepted(SubjectDocument subject, List<CreditRecordDocument> records) implements IngestOutcome {}

  /** Refused; the reasons never repeat an ID number. */
  record Rejected(List<String> reasons) implements IngestOutcome {}
}
