package org.publiccredit.graphql.lending;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.publiccredit.graphql.search.PublicRecord;

/**
 * One reason of a decision: what fired, what it implies, and its evidence (a public record, or a
 * field of the credit reference report).
 *
 * @param code stable, e.g. HARD_RULE_BLACK_LIST, REPORT_CURRENT_OVERDUE
 * @param effect the decision this reason alone implies
 * @param reportField the report's field code (x-pboc-code) or path, for report evidence
 * @param accountNumber the report's account, for report evidence
 */
record Reason(String code, Decision effect, String message, @Nullable EvidenceRecord record,
    @Nullable String reportField, @Nullable String accountNumber) {

  static Reason ofRecord(String code, Decision effect, String message, PublicRecord r) {
    return new Reason(code, effect, message, EvidenceRecord.of(r), null, null);
  }

  static Reason ofReport(String code, Decision effect, String message, @Nullable String field, @Nullable String account) {
    return new Reason(code, effect, message, null, field, account);
  }

  static Reason ofRule(String code, Decision effect, String message) {
    return new Reason(code, effect, message, null, null, null);
  }

  /** The public record a reason cites (GraphQL type ScoredRecord). */
  record EvidenceRecord(String recordId, String category, String title, @Nullable String documentNumber,
      @Nullable String authorityName, LocalDate decisionDate) {

    static EvidenceRecord of(PublicRecord r) {
      return new EvidenceRecord(r.recordId(), r.category().name(), r.title(), r.documentNumber(), r.authorityName(),
          r.decisionDate());
    }
  }
}
