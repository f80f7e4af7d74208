package org.publiccredit.graphql.audit;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.publiccredit.graphql.identity.CodeParse;
import org.publiccredit.graphql.identity.LegalPersonCode;
import org.publiccredit.graphql.identity.SubjectCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The subjects one request touched, and the purpose its caller declared, for the gateway's audit
 * (sent back as {@code X-Audit-Subjects} and {@code X-Audit-Purpose}). One per request, in the
 * GraphQL context; safe for root fields that run in parallel. A feature calls
 * {@code AuditSubjects.in(env).touched(subjectKey)} once it knows which subject a call concerns,
 * found or not: asking about someone is what the audit is for.
 */
public final class AuditSubjects {

  /** The gateway keeps at most this many per event. */
  static final int MAX_SUBJECTS = 100;
  /** Purposes are codes (LOAN_APPROVAL ...): a header carries no free text, and the audit no personal data. */
  private static final Pattern PURPOSE = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
  /** HMAC-SHA256 in lowercase hex, as IdNumberProtector makes it. */
  private static final Pattern KEYED_HASH = Pattern.compile("[0-9a-f]{64}");
  private static final SubjectCodes CODES = SubjectCodes.withSystemClock();
  private static final Logger log = LoggerFactory.getLogger(AuditSubjects.class);

  private final Set<String> subjects = new LinkedHashSet<>();
  private @Nullable String purpose;

  AuditSubjects() {}

  /** The request's collector; outside a request (import mode, tests) one that keeps nothing shared. */
  public static AuditSubjects in(GraphQLContext context) {
    AuditSubjects subjects = context.get(AuditSubjects.class);
    return subjects == null ? new AuditSubjects() : subjects;
  }

  public static AuditSubjects in(DataFetchingEnvironment env) {
    return in(env.getGraphQlContext());
  }

  /**
   * Records a subject the call touched.
   *
   * @param subjectKey a unified social credit code as is, a person as the keyed hash of the ID
   *     number ({@code IdNumberProtector.lookupKey}); a plain ID number is refused, never stored
   */
  public void touched(String subjectKey) {
    if (!KEYED_HASH.matcher(subjectKey).matches() && !isCreditCode(subjectKey)) {
      // Never the value: it may be an ID number.
      log.warn("A feature reported a subject key that is not a credit code or a keyed hash; dropped");
      return;
    }
    synchronized (subjects) {
      if (subjects.size() < MAX_SUBJECTS) {
        subjects.add(subjectKey);
      }
    }
  }

  /** Records the purpose the caller declared (a code such as {@code LOAN_APPROVAL}); the last one wins. */
  public void purpose(String declared) {
    if (!PURPOSE.matcher(declared).matches()) {
      log.warn("A declared purpose that is not a code of 1 to 64 letters, digits or _ . : - was not audited");
      return;
    }
    synchronized (subjects) {
      purpose = declared;
    }
  }

  List<String> subjects() {
    synchronized (subjects) {
      return List.copyOf(subjects);
    }
  }

  @Nullable String purpose() {
    synchronized (subjects) {
      return purpose;
    }
  }

  /** A valid unified social credit code; an ID number, valid or not, never is. */
  private static boolean isCreditCode(String key) {
    return key.length() == 18 && CODES.parse(key) instanceof CodeParse.Parsed parsed
        && parsed.code() instanceof LegalPersonCode;
  }
}
