package org.publiccredit.graphql.creditreference;

import tools.jackson.databind.JsonNode;

/** What asking for a report came to: the report, a definite "no record", or unavailable. */
public sealed interface ReportOutcome {

  /** The report as the contract shapes it (PersonalReport or EnterpriseReport). */
  record Report(JsonNode report) implements ReportOutcome {

    @Override
    public String toString() {
      return "Report[...]"; // personal information
    }
  }

  /** 404 NO_CREDIT_RECORD: the database holds nothing about the subject (a definite answer). */
  record NoCreditRecord() implements ReportOutcome {}

  /** No report this time; the caller degrades. {@code status} says why, for the answer and metrics. */
  record Unavailable(UnavailableReason status) implements ReportOutcome {}

  /** Why no report came. */
  enum UnavailableReason {
    /** The time budget ran out (the service was slow), retries included. */
    TIMEOUT,
    /** The circuit breaker is open: recent calls failed, the service is not asked for a while. */
    CIRCUIT_OPEN,
    /** Too many reports are being fetched at once (bulkhead full). */
    BUSY,
    /** The service answered with a failure (5xx, or transient failures until the retries ran out). */
    SERVICE_UNAVAILABLE,
    /** The service refused the query (4xx other than 404: consent, code, quota). Not retried. */
    REFUSED
  }
}
