package org.publiccredit.graphql.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What {@link PagedProfileReads}' searches find, computed from every record of the subject: the
 * same judged records, counts and pages, each filter written here as the query writes it there.
 * {@code PublicityRulesIT} and {@code ProfileReadsIT} check that both agree.
 */
final class ProfileInMemory {

  private ProfileInMemory() {}

  /** @param all every record of the subject, in the order of {@link ProfileSearch#RECORD_ORDER} */
  static ProfileQuery.Result read(ProfileQuery query, List<FullRecordPage.Hit> all) {
    LocalDate day = query.view().day();
    List<FullRecord> judged = new ArrayList<>();
    int judgedHeld = 0;
    List<FullRecordPage.Hit> inView = new ArrayList<>();
    Map<RecordCategory, Long> counts = new EnumMap<>(RecordCategory.class);
    long inForce = 0;
    long objected = 0;
    for (FullRecordPage.Hit hit : all) {
      FullRecord record = hit.record();
      RecordCategory category = record.category();
      if (query.judged().contains(category)) {
        judgedHeld++;
        if (judged.size() < query.judgedCap()) {
          judged.add(record);
        }
      }
      if (!query.paged().contains(category)) {
        continue;
      }
      boolean publicToday = inPublicView(record, query.view());
      if (publicToday && query.inForceUnlessEnded().contains(category) && !onOrBefore(record.validUntil(), day)) {
        inForce++;
      }
      if (publicToday || query.wholeRecord()) {
        inView.add(hit);
        counts.merge(category, 1L, Long::sum);
        if (onOrBefore(record.state().objectionSince(), day)) {
          objected++;
        }
      }
    }
    List<ProfileQuery.Page> pages = query.pages().stream().map(page -> page(inView, page)).toList();
    return new ProfileQuery.Result(List.copyOf(judged), judgedHeld <= judged.size(), counts, inForce, objected, pages);
  }

  /** {@link PagedProfileReads#publicView}: a category in view, decided since its earliest public day, neither withdrawn nor repaired. */
  static boolean inPublicView(FullRecord record, ProfileQuery.PublicView view) {
    Optional<LocalDate> earliest = view.earliestDecision().get(record.category());
    if (earliest == null || earliest.filter(e -> record.decisionDate().isBefore(e)).isPresent()) {
      return false;
    }
    FullRecord.PublicityState state = record.state();
    return !onOrBefore(state.withdrawnOn(), view.day()) && !onOrBefore(state.repairedOn(), view.day());
  }

  private static ProfileQuery.Page page(List<FullRecordPage.Hit> inView, ProfileQuery.PageQuery query) {
    List<FullRecordPage.Hit> page = new ArrayList<>(query.first());
    long total = 0;
    boolean more = false;
    for (FullRecordPage.Hit hit : inView) {
      if (!query.categories().contains(hit.record().category())) {
        continue;
      }
      total++;
      if (query.after() != null && !after(hit.cursor(), query.after())) {
        continue;
      }
      if (page.size() < query.first()) {
        page.add(hit);
      } else {
        more = true;
      }
    }
    return new ProfileQuery.Page(new FullRecordPage(List.copyOf(page), more), total);
  }

  /** Whether {@code candidate} sorts after {@code cursor}, as {@code search_after} reads it. */
  private static boolean after(RecordCursor candidate, RecordCursor cursor) {
    return RecordCursor.ORDER.compare(candidate, cursor) > 0;
  }

  private static boolean onOrBefore(@Nullable LocalDate date, LocalDate day) {
    return date != null && !date.isAfter(day);
  }
}
