package org.publiccredit.graphql.profile;

/** Whether a list membership is in force today. */
public enum ListStatus {
  /** On the list today. */
  ACTIVE,
  /** Decided, but valid only from a later day. */
  PENDING,
  /** Its validity ended. */
  EXPIRED,
  /** Removed from the list (a removal decision, or a court's removal date). */
  REMOVED
}
