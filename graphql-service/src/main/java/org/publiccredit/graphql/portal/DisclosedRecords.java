package org.publiccredit.graphql.portal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.publiccredit.graphql.disclosure.Publicity;
import org.publiccredit.graphql.disclosure.PublicityPolicy;
import org.publiccredit.graphql.disclosure.Viewer;
import org.publiccredit.graphql.profile.ProfileAssembler;
import org.publiccredit.graphql.profile.ProfileRecord;
import org.publiccredit.graphql.search.FullRecord;
import org.publiccredit.graphql.search.FullRecordPage;
import org.publiccredit.graphql.search.ProfileSearch;
import org.publiccredit.graphql.search.RecordCategory;
import org.publiccredit.graphql.search.RecordCursor;
import org.publiccredit.graphql.search.RecordFilter;
import org.publiccredit.graphql.search.SubjectDocument;
import org.publiccredit.graphql.search.SubjectType;
import org.springframework.stereotype.Component;

/**
 * Pages of public records. Elasticsearch is asked only for candidates (categories, dates, not
 * withdrawn or repaired); the publicity rules then decide each record, so a page may take a few
 * rounds to fill. Rounds are bounded: a page may come back short, with {@code hasNextPage} and a
 * cursor to continue from.
 */
@Component
class DisclosedRecords {

  private static final int MAX_ROUNDS = 5;

  private final ProfileSearch search;
  private final PublicityPolicy policy;
  private final ProfileAssembler assembler;

  DisclosedRecords(ProfileSearch search, PublicityPolicy policy, ProfileAssembler assembler) {
    this.search = search;
    this.policy = policy;
    this.assembler = assembler;
  }

  /** A query: the candidate filter plus what only the assembled record can tell (e.g. list status). */
  record Query(Set<RecordCategory> categories, @Nullable LocalDate decidedFrom, @Nullable LocalDate decidedTo,
      @Nullable String authorityCode, @Nullable String authorityName, Predicate<ProfileRecord> keep,
      boolean needsSubjectRecords) {}

  PublicConnection page(Query query, int first, @Nullable RecordCursor after) {
    LocalDate today = policy.today();
    RecordFilter filter = new RecordFilter(earliest(query.categories(), today), query.decidedFrom(), query.decidedTo(),
        query.authorityCode(), query.authorityName(), today);
    List<FullRecord> kept = new ArrayList<>();
    List<ProfileRecord> shown = new ArrayList<>();
    RecordCursor position = after;
    boolean more = true;
    for (int round = 0; round < MAX_ROUNDS && more && shown.size() <= first; round++) {
      FullRecordPage candidates = search.records(filter, Math.max(20, 2 * first), position);
      Map<String, Set<String>> removedEntries = query.needsSubjectRecords() ? removedEntries(candidates) : Map.of();
      for (FullRecordPage.Hit hit : candidates.hits()) {
        position = hit.cursor();
        Publicity publicity = policy.decide(assembler.facts(hit.record()), Viewer.PUBLIC);
        if (!publicity.visible()) {
          continue;
        }
        ProfileRecord record = assembler.toProfileRecord(hit.record(), publicity, today,
            removedEntries.getOrDefault(hit.record().subjectId(), Set.of()));
        if (query.keep().test(record)) {
          kept.add(hit.record());
          shown.add(record);
          if (shown.size() > first) {
            break;
          }
        }
      }
      more = candidates.hasNextPage() || shown.size() > first;
    }
    boolean hasNext = shown.size() > first || more;
    List<ProfileRecord> page = shown.subList(0, Math.min(first, shown.size()));
    Map<String, SubjectDocument> subjects = search.subjects(kept.subList(0, page.size()).stream()
        .map(FullRecord::subjectId).distinct().toList());
    List<PublicConnection.Edge> edges = new ArrayList<>();
    for (int i = 0; i < page.size(); i++) {
      ProfileRecord record = page.get(i);
      edges.add(new PublicConnection.Edge(record.cursor().encode(),
          new PublicRecord(subject(kept.get(i), subjects.get(kept.get(i).subjectId())), record)));
    }
    String end = lastCursor(edges);
    if (shown.size() <= first && hasNext && position != null) {
      // A short page after the last round: continue after what was examined, not after what was shown.
      end = position.encode();
    }
    var pageInfo = new PublicConnection.PageInfo(hasNext, after != null,
        edges.isEmpty() ? null : edges.getFirst().cursor(), end);
    return new PublicConnection(List.copyOf(edges), pageInfo);
  }

  private Map<String, Set<String>> removedEntries(FullRecordPage candidates) {
    List<String> subjectIds = candidates.hits().stream().map(h -> h.record().subjectId()).distinct().toList();
    LocalDate today = policy.today();
    Map<String, Set<String>> removed = new java.util.HashMap<>();
    search.recordsOf(subjectIds).forEach((id, records) ->
        removed.put(id, assembler.removedAbnormalEntries(records.records(), today)));
    return removed;
  }

  /** The earliest decision that can still be public today, per category: what is older is not fetched. */
  private Map<RecordCategory, java.util.Optional<LocalDate>> earliest(Set<RecordCategory> categories, LocalDate today) {
    Map<RecordCategory, java.util.Optional<LocalDate>> earliest = new java.util.EnumMap<>(RecordCategory.class);
    categories.forEach(c -> earliest.put(c, policy.earliestPublicDecision(c, today)));
    return earliest;
  }

  private static PublicRecord.PublicSubject subject(FullRecord record, @Nullable SubjectDocument subject) {
    String name = subject == null ? String.valueOf(record.attribute("XDR_MC")) : subject.name();
    if (record.subjectType() == SubjectType.NATURAL_PERSON || (subject != null && subject.type() == SubjectType.NATURAL_PERSON)) {
      String code = subject == null || subject.maskedCode() == null ? "" : subject.maskedCode();
      return new PublicRecord.PublicSubject(maskName(name), code, SubjectType.NATURAL_PERSON);
    }
    String code = subject == null || subject.code() == null ? record.subjectId() : subject.code();
    return new PublicRecord.PublicSubject(name, code, subject == null ? record.subjectType() : subject.type());
  }

  /** A person's name to the public: the family name only, the rest starred (王建国 -> 王**). */
  static String maskName(String name) {
    if (name.isEmpty()) {
      return name;
    }
    int first = name.offsetByCodePoints(0, 1);
    return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
  }

  private static @Nullable String lastCursor(List<PublicConnection.Edge> edges) {
    return edges.isEmpty() ? null : edges.getLast().cursor();
  }
}
