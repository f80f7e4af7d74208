package org.publiccredit.graphql.profile;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.publiccredit.graphql.subject.Subject;

/**
 * GraphQL type {@code CreditProfile}: what one client may see of a subject, newest first.
 *
 * @param records the records read whole, in the order (decision date descending, id ascending):
 *     for a report every record; for a live profile those of the sections that are not paged
 * @param pages for a live profile, the pages of the paged sections that the query asked for
 * @param pagedInSearch whether paged sections come from {@code pages} (a live profile) rather
 *     than from {@code records} (a report)
 * @param complete false when the records read whole were cut at their limit
 */
public record CreditProfile(Subject subject, Subject.@Nullable Registration registration, List<ProfileRecord> records,
    Map<ProfileConnections.PageKey, ProfileConnections.Connection> pages, boolean pagedInSearch, ProfileSummary summary,
    boolean complete) {

  List<ProfileRecord> section(Section section) {
    return records.stream().filter(section::holds).toList();
  }
}
