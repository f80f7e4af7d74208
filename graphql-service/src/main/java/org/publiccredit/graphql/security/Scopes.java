package org.publiccredit.graphql.security;

/** Scopes the gateway grants per client (config/clients.yml) and this service checks. */
public final class Scopes {

  /** Query subjects and their records. */
  public static final String SUBJECT_READ = "subject:read";
  /** See resident ID numbers unmasked. */
  public static final String PII_READ = "pii:read";

  /** Report credit records for the client's own department. */
  public static final String RECORDS_WRITE = "records:write";

  private Scopes() {}
}
