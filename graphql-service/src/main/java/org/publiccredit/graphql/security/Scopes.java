package org.publiccredit.graphql.security;

import java.util.Set;

/**
 * Scopes the gateway grants per client (config/clients.yml) and this service checks. Every
 * {@code @requiresScope} in the schema names one of {@link #ALL} (a schema test keeps it so): a
 * typo in a directive would otherwise lock a field for everyone without anyone noticing.
 */
public final class Scopes {

  /** Query subjects: {@code subject(code)}, {@code searchSubjects}. */
  public static final String SUBJECT_READ = "subject:read";
  /** Credit profile fields. */
  public static final String PROFILE_READ = "profile:read";
  /** See resident ID numbers unmasked. */
  public static final String PII_READ = "pii:read";
  /** Double publicity, credit lists, public commitments. */
  public static final String DISCLOSURE_READ = "disclosure:read";
  /** The credit report and its PDF. */
  public static final String CREDIT_REPORT_READ = "credit-report:read";
  /** Report credit records for the client's own department. */
  public static final String RECORDS_WRITE = "records:write";
  /** Read records refused by ingestion. */
  public static final String REJECTIONS_READ = "rejections:read";
  /** A bank's dual-check before a credit loan. */
  public static final String LENDING_DUAL_CHECK = "lending:dual-check";
  /** Share tax credit ratings (the tax bureau). */
  public static final String TAX_RATING_WRITE = "tax-rating:write";
  /** Read tax credit ratings. */
  public static final String TAX_RATING_READ = "tax-rating:read";
  /** A department's sanction check before an approval. */
  public static final String SANCTION_CHECK = "sanction:check";
  /** Search the audit trail (platform administrators). */
  public static final String AUDIT_READ = "audit:read";
  /** The "who queried my credit" list, through a subject's authorised channel. */
  public static final String INQUIRY_READ_OWN = "inquiry:read-own";
  /** Decide objections (platform administrators). */
  public static final String OBJECTION_DECIDE = "objection:decide";
  /** Decide credit repairs (platform administrators). */
  public static final String REPAIR_DECIDE = "repair:decide";
  /** Introspection and field suggestions (developers). */
  public static final String GRAPHQL_INTROSPECT = "graphql:introspect";
  /** Verify a credit report's authenticity: every client has it. */
  public static final String REPORT_VERIFY = "report:verify";

  /** Every scope the platform knows. */
  public static final Set<String> ALL = Set.of(SUBJECT_READ, PROFILE_READ, PII_READ, DISCLOSURE_READ,
      CREDIT_REPORT_READ, RECORDS_WRITE, REJECTIONS_READ, LENDING_DUAL_CHECK, TAX_RATING_WRITE, TAX_RATING_READ,
      SANCTION_CHECK, AUDIT_READ, INQUIRY_READ_OWN, OBJECTION_DECIDE, REPAIR_DECIDE, GRAPHQL_INTROSPECT,
      REPORT_VERIFY);

  private Scopes() {}
}
