package org.publiccredit.graphql.search;

/** What storing one record did, and the version it now has. */
public record WriteResult(String id, Status status, int version) {

  /** Created as version 1, replaced by a new version, or left alone because nothing changed. */
  public enum Status { CREATED, UPDATED, UNCHANGED }
}
