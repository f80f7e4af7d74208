package org.publiccredit.graphql.profile;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.publiccredit.graphql.search.RecordCategory;

/**
 * The parts of a profile, each a set of record categories. A paged section is read page by page
 * and counted by Elasticsearch: whether a viewer sees one of its records depends only on indexed
 * fields (category, decision date, publicity state). The others are read whole and judged one by
 * one, since their publicity or list status depends on catalog attributes that are not indexed
 * (penalty categories and fine, disclosure type, tax level, list removals).
 */
enum Section {
  LICENCES("licences", true, Set.of(RecordCategory.ADMINISTRATIVE_LICENSE)),
  PENALTIES("penalties", false, Set.of(RecordCategory.ADMINISTRATIVE_PENALTY)),
  LIST_MEMBERSHIPS("listMemberships", false, Set.of(RecordCategory.RED_LIST, RecordCategory.BLACK_LIST,
      RecordCategory.SEVERE_DISHONEST_LIST, RecordCategory.ABNORMAL_OPERATION, RecordCategory.COURT_DISHONEST_DEBTOR)),
  TAX_RATINGS("taxRatings", false, Set.of(RecordCategory.TAX_RATING)),
  COMMITMENTS("commitments", false, Set.of(RecordCategory.CREDIT_COMMITMENT)),
  POSITIVE_RECORDS("positiveRecords", true, Set.of(RecordCategory.POSITIVE_RECORD)),
  OTHER_NEGATIVE_RECORDS("otherNegativeRecords", true, Set.of(RecordCategory.OTHER_NEGATIVE));

  private final String fieldName;
  private final boolean paged;
  private final Set<RecordCategory> categories;

  Section(String fieldName, boolean paged, Set<RecordCategory> categories) {
    this.fieldName = fieldName;
    this.paged = paged;
    this.categories = categories;
  }

  /** The section whose {@code CreditProfile} field has this name, if any. */
  static @Nullable Section ofField(String name) {
    for (Section section : values()) {
      if (section.fieldName.equals(name)) {
        return section;
      }
    }
    return null;
  }

  /** The categories of the sections that are paged ({@code true}) or read whole ({@code false}). */
  static Set<RecordCategory> categories(boolean paged) {
    Set<RecordCategory> all = EnumSet.noneOf(RecordCategory.class);
    for (Section section : values()) {
      if (section.paged == paged) {
        all.addAll(section.categories);
      }
    }
    return all;
  }

  boolean paged() {
    return paged;
  }

  Set<RecordCategory> categories() {
    return categories;
  }

  boolean holds(ProfileRecord record) {
    return holds(record.category());
  }

  boolean holds(RecordCategory category) {
    return categories.contains(category);
  }
}
