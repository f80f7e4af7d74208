package org.publiccredit.graphql.profile;

import java.util.Set;
import org.publiccredit.graphql.search.RecordCategory;

/** The parts of a profile, each a set of record categories. */
enum Section {
  LICENCES(Set.of(RecordCategory.ADMINISTRATIVE_LICENSE)),
  PENALTIES(Set.of(RecordCategory.ADMINISTRATIVE_PENALTY)),
  LIST_MEMBERSHIPS(Set.of(RecordCategory.RED_LIST, RecordCategory.BLACK_LIST, RecordCategory.SEVERE_DISHONEST_LIST,
      RecordCategory.ABNORMAL_OPERATION, RecordCategory.COURT_DISHONEST_DEBTOR)),
  TAX_RATINGS(Set.of(RecordCategory.TAX_RATING)),
  COMMITMENTS(Set.of(RecordCategory.CREDIT_COMMITMENT)),
  POSITIVE_RECORDS(Set.of(RecordCategory.POSITIVE_RECORD)),
  OTHER_NEGATIVE_RECORDS(Set.of(RecordCategory.OTHER_NEGATIVE));

  private final Set<RecordCategory> categories;

  Section(Set<RecordCategory> categories) {
    this.categories = categories;
  }

  boolean holds(ProfileRecord record) {
    return holds(record.category());
  }

  boolean holds(RecordCategory category) {
    return categories.contains(category);
  }
}
