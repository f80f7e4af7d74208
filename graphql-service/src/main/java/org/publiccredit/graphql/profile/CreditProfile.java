package org.publiccredit.graphql.profile;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.publiccredit.graphql.subject.Subject;

/**
 * GraphQL type {@code CreditProfile}: the records one client may see, newest first; the sections
 * are views of them.
 *
 * @param records what this client may see, in the order (decision date descending, id ascending)
 * @param complete false when the subject has more records than a profile reads
 */
public record CreditProfile(Subject subject, Subject.@Nullable Registration registration, List<ProfileRecord> records,
    ProfileSummary summary, boolean complete) {

  List<ProfileRecord> section(Section section) {
    return records.stream().filter(section::holds).toList();
  }
}
