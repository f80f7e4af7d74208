package org.publiccredit.graphql.search;

import java.util.List;

/**
 * A subject's records, newest decision first (ties by record id), as one search returned them.
 *
 * @param complete false when the subject has more than {@link ProfileSearch#MAX_RECORDS_PER_SUBJECT}
 * @param total all records of the subject
 */
public record SubjectRecords(List<FullRecord> records, boolean complete, long total) {

  public static final SubjectRecords NONE = new SubjectRecords(List.of(), true, 0);
}
