package org.publiccredit.graphql.disclosure;

import org.publiccredit.graphql.security.Caller;

/** Who looks at a record: what they may see beyond the public view. */
public enum Viewer {
  /** Anyone: portals publishing to the public. */
  PUBLIC,
  /** Banks and other institutions: the public view, with the rule that decided it. */
  INSTITUTION,
  /** The subject itself: everything held about it. */
  SUBJECT,
  /** Authorised government clients: everything held, repaired and withdrawn records included. */
  GOVERNMENT;

  /** Government client types see the whole record; banks the public view; anyone else is the public. */
  public static Viewer of(Caller caller) {
    String type = caller.clientType();
    if (type == null) {
      return PUBLIC;
    }
    return switch (type) {
      case "DEPARTMENT", "TAX_BUREAU", "PLATFORM_ADMIN" -> GOVERNMENT;
      case "BANK" -> INSTITUTION;
      default -> PUBLIC;
    };
  }

  /** Whether this viewer sees records that are out of public view. */
  public boolean seesWholeRecord() {
    return this == SUBJECT || this == GOVERNMENT;
  }
}
