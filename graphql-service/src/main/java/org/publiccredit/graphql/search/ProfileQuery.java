package org.publiccredit.graphql.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What one subject's profile reads, in one search plus one per page (all in one msearch).
 *
 * @param judged categories whose records are all read (newest first, at most {@code judgedCap}),
 *     because what a viewer sees of them depends on fields that are not indexed
 * @param paged categories read only page by page, counted and summed up by Elasticsearch
 * @param view what of {@code paged} the public sees today
 * @param wholeRecord whether the viewer sees every record held, not just {@code view}
 * @param inForceUnlessEnded among {@code paged}: categories whose records in public view are
 *     counted as in force while {@code validUntil} is absent or after the view's day
 * @param pages the pages asked for, each over some of {@code paged}
 * @param shown the record fields read only because the selection shows them
 */
public record ProfileQuery(String subjectId, Set<RecordCategory> judged, int judgedCap, Set<RecordCategory> paged,
    PublicView view, boolean wholeRecord, Set<RecordCategory> inForceUnlessEnded, List<PageQuery> pages,
    Set<Shown> shown) {

  /**
   * Stored fields of a record that nothing in a profile depends on but the record fields that show
   * them (no publicity rule, label, list status, count or summary reads them), so a profile reads
   * them only when its selection asks for those record fields. Together about half of an arrears
   * record's {@code _source}.
   */
  public enum Shown {
    /** {@code ProfileRecord.summary}. */
    SUMMARY("summary"),
    /** {@code ProfileRecord.sourceDepartment}. */
    SOURCE_DEPARTMENT("sourceDepartmentName", "sourceDepartmentCode"),
    /** {@code ProfileRecord.authority.code} (the name is read anyway: it decides whether there is an authority). */
    AUTHORITY_CODE("authorityCode");

    private final List<String> sourceFields;

    Shown(String... sourceFields) {
      this.sourceFields = List.of(sourceFields);
    }

    List<String> sourceFields() {
      return sourceFields;
    }
  }

  /**
   * The public view of records whose publicity only depends on indexed fields.
   *
   * @param earliestDecision per category: the earliest decision date still public on {@code day}
   *     (empty for no limit)
   * @param day records withdrawn or repaired on or before this day are out of view
   */
  public record PublicView(Map<RecordCategory, Optional<LocalDate>> earliestDecision, LocalDate day) {}

  /** One page of some categories: {@code first} records after {@code after}. */
  public record PageQuery(Set<RecordCategory> categories, int first, @Nullable RecordCursor after) {}

  /**
   * What the search found.
   *
   * @param judged the {@code judged} records, newest first
   * @param judgedComplete false when the subject has more of them than {@code judgedCap}
   * @param counts per category of {@code paged}: the records in view
   * @param inForce records in public view of {@code inForceUnlessEnded} still in force
   * @param underObjection records in view of {@code paged} under objection today
   * @param pages in the order of {@link ProfileQuery#pages()}, with the number in view of each
   */
  public record Result(List<FullRecord> judged, boolean judgedComplete, Map<RecordCategory, Long> counts,
      long inForce, long underObjection, List<Page> pages) {}

  /** A page and how many records its categories hold in view. */
  public record Page(FullRecordPage page, long totalCount) {}
}
