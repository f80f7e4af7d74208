package org.publiccredit.graphql.profile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.publiccredit.graphql.disclosure.Publicity;
import org.publiccredit.graphql.disclosure.PublicityPolicy;
import org.publiccredit.graphql.disclosure.RecordFacts;
import org.publiccredit.graphql.disclosure.Viewer;
import org.publiccredit.graphql.search.FullRecord;
import org.publiccredit.graphql.search.ProfileQuery;
import org.publiccredit.graphql.search.RecordCategory;
import org.publiccredit.graphql.search.SubjectRecords;
import org.publiccredit.graphql.subject.Subject;
import org.publiccredit.schema.catalog.Catalog;
import org.springframework.stereotype.Component;

/** Builds a subject's profile for one viewer: applies the publicity rules, labels codes, sums up. */
@Component
public class ProfileAssembler {

  private static final Set<RecordCategory> NEGATIVE = Set.of(RecordCategory.ADMINISTRATIVE_PENALTY,
      RecordCategory.BLACK_LIST, RecordCategory.SEVERE_DISHONEST_LIST, RecordCategory.ABNORMAL_OPERATION,
      RecordCategory.COURT_DISHONEST_DEBTOR, RecordCategory.OTHER_NEGATIVE);
  private static final String ABNORMAL_REMOVAL = "2";
  /**
   * A live profile reads at most this many records of its judged sections (penalties, lists, tax
   * ratings, commitments), the newest; no generated subject comes near.
   */
  static final int JUDGED_RECORDS_READ = 500;

  private final PublicityPolicy policy;
  private final CodeLabels labels = new CodeLabels(Catalog.loadFromClasspath());

  ProfileAssembler(PublicityPolicy policy) {
    this.policy = policy;
  }

  /** A profile from every record held (a credit report): every section in memory. */
  public CreditProfile profile(Subject subject, SubjectRecords stored, Viewer viewer) {
    LocalDate today = policy.today();
    List<ProfileRecord> visible = judged(stored.records(), viewer, today);
    return new CreditProfile(subject, subject.registration(), visible, Map.of(), false, summary(visible, today),
        stored.complete());
  }

  /** What a live profile reads for this viewer, every record field shown (tests compare it with a report). */
  ProfileQuery query(String subjectId, Viewer viewer, List<ProfileConnections.PageKey> pages) {
    return query(subjectId, viewer, pages, EnumSet.allOf(ProfileQuery.Shown.class));
  }

  /**
   * What a live profile reads for this viewer: the whole sections, their counts and the pages asked
   * for, with the record fields only shown read only when {@code shown}.
   */
  ProfileQuery query(String subjectId, Viewer viewer, List<ProfileConnections.PageKey> pages,
      Set<ProfileQuery.Shown> shown) {
    LocalDate today = policy.today();
    Set<RecordCategory> paged = Section.categories(true);
    Map<RecordCategory, Optional<LocalDate>> earliest = new EnumMap<>(RecordCategory.class);
    paged.forEach(category -> earliest.put(category, policy.earliestPublicDecision(category, today)));
    List<ProfileQuery.PageQuery> pageQueries = pages.stream().map(key -> new ProfileQuery.PageQuery(
        key.section().categories(), key.first(), ProfileConnections.cursor(key.after()))).toList();
    return new ProfileQuery(subjectId, Section.categories(false), JUDGED_RECORDS_READ, paged,
        new ProfileQuery.PublicView(earliest, today), viewer.seesWholeRecord(), Set.of(RecordCategory.OTHER_NEGATIVE),
        pageQueries, Set.copyOf(shown));
  }

  /** A live profile from what {@link #query} read: judged sections in memory, paged ones as searched. */
  CreditProfile profile(Subject subject, ProfileQuery query, ProfileQuery.Result read, Viewer viewer,
      List<ProfileConnections.PageKey> pages) {
    LocalDate today = query.view().day();
    List<ProfileRecord> judged = judged(read.judged(), viewer, today);
    Map<ProfileConnections.PageKey, ProfileConnections.Connection> connections = new HashMap<>();
    for (int i = 0; i < pages.size(); i++) {
      ProfileQuery.Page page = read.pages().get(i);
      List<ProfileRecord> records = new ArrayList<>(page.page().hits().size());
      for (var hit : page.page().hits()) {
        Publicity publicity = policy.decide(facts(hit.record()), viewer);
        if (publicity.visible()) { // always, by the query's view; the rules have the last word
          records.add(toProfileRecord(hit.record(), publicity, today, Set.of()));
        }
      }
      connections.put(pages.get(i), ProfileConnections.searched(records, page.page().hasNextPage(),
          pages.get(i).after() != null, page.totalCount()));
    }
    return new CreditProfile(subject, subject.registration(), judged, Map.copyOf(connections), true,
        withCounted(summary(judged, today), read), read.judgedComplete());
  }

  private List<ProfileRecord> judged(List<FullRecord> records, Viewer viewer, LocalDate today) {
    Set<String> removedAbnormalEntries = removedAbnormalEntries(records, today);
    List<ProfileRecord> visible = new ArrayList<>();
    for (FullRecord record : records) {
      Publicity publicity = policy.decide(facts(record), viewer);
      if (publicity.visible()) {
        visible.add(toProfileRecord(record, publicity, today, removedAbnormalEntries));
      }
    }
    return List.copyOf(visible);
  }

  /** The summary of the judged records, plus what Elasticsearch counted of the paged ones. */
  private static ProfileSummary withCounted(ProfileSummary judged, ProfileQuery.Result read) {
    Map<RecordCategory, Integer> counts = new EnumMap<>(RecordCategory.class);
    judged.countsByCategory().forEach(c -> counts.put(c.category(), c.count()));
    read.counts().forEach((category, count) -> counts.merge(category, Math.toIntExact(count), Integer::sum));
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    List<ProfileSummary.CategoryCount> byCategory = counts.entrySet().stream()
        .map(e -> new ProfileSummary.CategoryCount(e.getKey(), e.getValue())).toList();
    return new ProfileSummary(byCategory, total, judged.activeNegativeRecords() + Math.toIntExact(read.inForce()),
        judged.currentLists(), judged.latestTaxLevel(), judged.recordsUnderObjection() + Math.toIntExact(read.underObjection()));
  }

  /** What the publicity rules look at. */
  public RecordFacts facts(FullRecord record) {
    FullRecord.PublicityState state = record.state();
    return new RecordFacts(record.category(), record.decisionDate(), labels.codes(record, "CFLB"),
        decimal(record.attribute("NR_FK")), record.attribute("disclosure"), record.attribute("level"),
        state.withdrawnOn(), state.repairedOn(), state.objectionSince());
  }

  /** A record as shown to a client, given the publicity decided for it. */
  public ProfileRecord toProfileRecord(FullRecord record, Publicity publicity, LocalDate today,
      Set<String> removedAbnormalEntries) {
    RecordCategory category = record.category();
    boolean list = Section.LIST_MEMBERSHIPS.holds(category);
    boolean penalty = category == RecordCategory.ADMINISTRATIVE_PENALTY;
    boolean commitment = category == RecordCategory.CREDIT_COMMITMENT;
    return new ProfileRecord(record.recordId(), category, labels.title(record), record.documentNumber(),
        record.authorityName() == null ? null : new ProfileRecord.Organisation(record.authorityName(), record.authorityCode()),
        record.decisionDate(), record.validFrom(), record.validUntil(), record.summary(),
        record.sourceDepartmentName() == null ? null
            : new ProfileRecord.Organisation(record.sourceDepartmentName(), record.sourceDepartmentCode()),
        penalty ? labels.codes(record, "CFLB") : List.of(), penalty ? record.attribute("NR_FK") : null,
        list ? listStatus(record, today, removedAbnormalEntries) : null, list ? listName(record) : null,
        category == RecordCategory.TAX_RATING ? record.attribute("level") : null,
        commitment ? labels.label(record, "fulfilment") : null, commitment ? labels.label(record, "commitmentType") : null,
        ProfileRecord.PublicityView.of(publicity));
  }

  /** Document numbers of abnormal-operations entries that a removal (in force today) ended. */
  public Set<String> removedAbnormalEntries(List<FullRecord> records, LocalDate today) {
    Set<String> removed = new HashSet<>();
    for (FullRecord record : records) {
      if (record.category() == RecordCategory.ABNORMAL_OPERATION && ABNORMAL_REMOVAL.equals(record.attribute("action"))
          && !record.decisionDate().isAfter(today) && record.attribute("entryDocumentNumber") != null) {
        removed.add(record.attribute("entryDocumentNumber"));
      }
    }
    return removed;
  }

  private ListStatus listStatus(FullRecord record, LocalDate today, Set<String> removedAbnormalEntries) {
    if (record.category() == RecordCategory.ABNORMAL_OPERATION) {
      if (ABNORMAL_REMOVAL.equals(record.attribute("action"))) {
        return ListStatus.REMOVED;
      }
      return record.documentNumber() != null && removedAbnormalEntries.contains(record.documentNumber())
          ? ListStatus.REMOVED : ListStatus.ACTIVE;
    }
    LocalDate removal = date(record.attribute("removalDate"));
    if (record.category() == RecordCategory.COURT_DISHONEST_DEBTOR) {
      removal = record.validUntil();
    }
    if (removal != null && !removal.isAfter(today)) {
      return ListStatus.REMOVED;
    }
    if (record.validFrom() != null && record.validFrom().isAfter(today)) {
      return ListStatus.PENDING;
    }
    if (record.category() != RecordCategory.COURT_DISHONEST_DEBTOR && record.validUntil() != null
        && record.validUntil().isBefore(today)) {
      return ListStatus.EXPIRED;
    }
    return ListStatus.ACTIVE;
  }

  private String listName(FullRecord record) {
    return switch (record.category()) {
      case ABNORMAL_OPERATION -> "经营异常名录";
      case COURT_DISHONEST_DEBTOR -> "失信被执行人名单";
      default -> labels.title(record);
    };
  }

  private static ProfileSummary summary(List<ProfileRecord> records, LocalDate today) {
    Map<RecordCategory, Integer> counts = new EnumMap<>(RecordCategory.class);
    int activeNegative = 0;
    int underObjection = 0;
    String latestTaxLevel = null;
    List<ProfileSummary.CurrentList> lists = new ArrayList<>();
    for (ProfileRecord record : records) {
      counts.merge(record.category(), 1, Integer::sum);
      if (record.publicity().underObjection()) {
        underObjection++;
      }
      if (latestTaxLevel == null && record.taxLevel() != null) {
        latestTaxLevel = record.taxLevel();
      }
      if (record.listStatus() == ListStatus.ACTIVE) {
        lists.add(new ProfileSummary.CurrentList(record.category(), String.valueOf(record.listName()),
            record.validFrom() == null ? record.decisionDate() : record.validFrom(),
            record.category() == RecordCategory.COURT_DISHONEST_DEBTOR ? null : record.validUntil(), record.id()));
      }
      if (NEGATIVE.contains(record.category()) && record.publicity().visible() && inForce(record, today)) {
        activeNegative++;
      }
    }
    List<ProfileSummary.CategoryCount> byCategory = counts.entrySet().stream()
        .map(e -> new ProfileSummary.CategoryCount(e.getKey(), e.getValue())).toList();
    return new ProfileSummary(byCategory, records.size(), activeNegative, List.copyOf(lists), latestTaxLevel,
        underObjection);
  }

  private static boolean inForce(ProfileRecord record, LocalDate today) {
    if (record.listStatus() != null) {
      return record.listStatus() == ListStatus.ACTIVE;
    }
    if (record.category() == RecordCategory.OTHER_NEGATIVE) {
      // validUntil is the day the arrears were settled.
      return record.validUntil() == null || record.validUntil().isAfter(today);
    }
    return true;
  }

  private static @Nullable BigDecimal decimal(@Nullable String value) {
    try {
      return value == null ? null : new BigDecimal(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static @Nullable LocalDate date(@Nullable String value) {
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
