package org.publiccredit.graphql.search;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A refused row as kept in {@code ingest-rejections}.
 *
 * @param rejectionId hash of (batch id, line): a re-sent batch replaces its own rejections
 * @param departmentCode the batch's department, or the row's own source when the platform imported it
 * @param receivedAt ISO-8601 instant
 * @param row the row's fields, personal information already masked
 */
public record RejectionDocument(String rejectionId, String batchId, @Nullable String departmentCode, String category,
    long line, String receivedAt, List<Reason> violations, Map<String, String> row) {

  /** One broken rule, in Chinese and English. */
  public record Reason(String field, String rule, String message, String messageEn) {}
}
