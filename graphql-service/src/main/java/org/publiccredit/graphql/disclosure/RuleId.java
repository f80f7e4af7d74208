package org.publiccredit.graphql.disclosure;

import java.util.Locale;

/** The publicity rules; each has an entry with its citation in the rules file. */
public enum RuleId {
  WITHDRAWN,
  REPAIRED,
  PENALTY_WARNING_ONLY,
  PENALTY_MINOR,
  PENALTY_GENERAL,
  PENALTY_SEVERE,
  DISHONESTY,
  COMMITMENT_DISCLOSURE,
  TAX_RATING_A_ONLY,
  NOT_LIMITED;

  /** The key in the rules file, e.g. {@code penalty-warning-only}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
