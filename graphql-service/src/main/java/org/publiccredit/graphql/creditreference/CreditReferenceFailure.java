package org.publiccredit.graphql.creditreference;

/**
 * A failed report call, classified once where the HTTP answer is seen. Only {@link Transient}
 * failures are retried (resilience4j.retry retry-exceptions); {@link Definite} ones are answers
 * and not failures of the service's health (circuit breaker ignore-exceptions), except
 * {@link ServerError}, which counts against the breaker but is not retried.
 */
public abstract sealed class CreditReferenceFailure extends RuntimeException {

  CreditReferenceFailure(String message) {
    super(message, null, false, false);
  }

  /**
   * The request did not get an answer it could act on and repeating it is safe: a refused or
   * timed-out connection, a read timeout, or 502/503/504 from the front-end processor.
   */
  public static final class Transient extends CreditReferenceFailure {
    public Transient(String message) {
      super(message);
    }
  }

  /**
   * 500: the service processed the query and failed. Not retried: a report query is recorded as
   * a hard query in the subject's report and may be billed, and a 500 is no sign the next
   * attempt would go better.
   */
  public static final class ServerError extends CreditReferenceFailure {
    public ServerError(String message) {
      super(message);
    }
  }

  /** A 4xx answer (consent missing, invalid code, quota used up): asking again changes nothing. */
  public static final class Definite extends CreditReferenceFailure {
    private final int status;

    public Definite(int status, String message) {
      super(message);
      this.status = status;
    }

    public int status() {
      return status;
    }
  }
}
