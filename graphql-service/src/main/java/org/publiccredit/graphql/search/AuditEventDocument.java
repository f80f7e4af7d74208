package org.publiccredit.graphql.search;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An event of the gateway's {@code audit-events} index, as the gateway writes it (README, Audit).
 * Lists missing from a document (none should be) read as empty.
 */
public record AuditEventDocument(
    String chain,
    long sequence,
    String time,
    String requestId,
    @Nullable String clientId,
    @Nullable String clientType,
    @Nullable String claimedClientId,
    @Nullable String operationName,
    @Nullable String operationType,
    List<String> rootFields,
    List<String> subjects,
    @Nullable String purpose,
    int status,
    @Nullable String problemReason,
    List<String> errorCodes,
    long latencyMicros) {

  public AuditEventDocument {
    rootFields = rootFields == null ? List.of() : List.copyOf(rootFields);
    subjects = subjects == null ? List.of() : List.copyOf(subjects);
    errorCodes = errorCodes == null ? List.of() : List.copyOf(errorCodes);
  }
}
