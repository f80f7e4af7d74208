package org.publiccredit.gateway.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one call was, as the audit keeps it: no body, no signature, no ID number.
 *
 * @param time when the gateway received it, UTC, millisecond precision
 * @param requestId the gateway's request id
 * @param clientId the verified client; null when refused before the signature was verified
 * @param clientType its type (BANK, ...); null with the client
 * @param claimedClientId the keyid the signature named, verified or not (so a refused request
 *     still says whom it claimed to be); null when no signature could be read
 * @param operationName the GraphQL operation name, if the client gave one
 * @param operationType QUERY, MUTATION or SUBSCRIPTION; null when the request was not read
 * @param rootFields the root fields selected
 * @param subjects the subject keys the service reported: credit codes, keyed hashes of persons
 * @param status the HTTP status answered
 * @param problemReason the gateway's problem reason when it refused or failed the call
 * @param errorCodes the error codes the service reported
 * @param latencyMicros from receipt to the end of the response
 * @param bytesIn the request body's size
 * @param bytesOut the response body's size
 * @param purpose the purpose the caller declared (a dual-check's, a report's), as the service
 *     reported it; null when none, and then not a member of the event at all (see
 *     {@link AuditEvent#members})
 */
record AuditEntry(
    String time,
    String requestId,
    @Nullable String clientId,
    @Nullable String clientType,
    @Nullable String claimedClientId,
    @Nullable String operationName,
    @Nullable String operationType,
    List<String> rootFields,
    List<String> subjects,
    int status,
    @Nullable String problemReason,
    List<String> errorCodes,
    long latencyMicros,
    long bytesIn,
    long bytesOut,
    @Nullable String purpose) {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  AuditEntry {
    rootFields = List.copyOf(rootFields);
    subjects = List.copyOf(subjects);
    errorCodes = List.copyOf(errorCodes);
  }

  /** The one textual form of a time in the audit (ES {@code strict_date_time}, always millis). */
  static String time(Instant instant) {
    return TIME.format(instant.truncatedTo(ChronoUnit.MILLIS));
  }
}
