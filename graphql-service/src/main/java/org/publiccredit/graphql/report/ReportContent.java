package org.publiccredit.graphql.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.publiccredit.graphql.disclosure.Viewer;
import org.publiccredit.graphql.profile.CreditProfile;
import org.publiccredit.graphql.profile.ProfileRecord;
import org.publiccredit.graphql.profile.ProfileSummary;
import org.publiccredit.graphql.search.SubjectType;
import org.publiccredit.graphql.subject.Subject;
import tools.jackson.databind.json.JsonMapper;

/**
 * The canonical content of a report: JSON with object members in key order (TreeMaps), absent
 * values left out, records in profile order, produced by a plain mapper whose settings do not
 * follow the application's. The same report always gives the same bytes, and these bytes are
 * what is stored, signed and rendered.
 */
final class ReportContent {

  static final String FORMAT = "credit-report/1";
  private static final JsonMapper CANONICAL = JsonMapper.builder().build();

  private ReportContent() {}

  /**
   * @param maskedCode the subject's code as the report shows it: a person's ID number masked,
   *     since the report is stored
   */
  static String of(String number, Instant issuedAt, String issuedTo, Viewer viewer, Subject subject, String maskedCode,
      CreditProfile profile) {
    Map<String, Object> root = new TreeMap<>();
    root.put("format", FORMAT);
    root.put("number", number);
    root.put("issuedAt", issuedAt.toString());
    root.put("issuedTo", issuedTo);
    root.put("view", viewer.name());
    Map<String, Object> who = new TreeMap<>();
    who.put("code", maskedCode);
    who.put("name", subject.name());
    who.put("type", subject.type().name());
    put(who, "town", subject.town());
    root.put("subject", who);
    Subject.Registration registration = subject.registration();
    if (registration != null && subject.type() != SubjectType.NATURAL_PERSON) {
      Map<String, Object> reg = new TreeMap<>();
      put(reg, "legalRepresentative", registration.legalRepresentative());
      put(reg, "establishedDate", registration.establishedDate());
      put(reg, "registeredCapital", registration.registeredCapital() == null ? null : registration.registeredCapital().toPlainString());
      put(reg, "address", registration.address());
      put(reg, "industry", registration.industry());
      put(reg, "status", registration.status());
      put(reg, "registrationAuthority", registration.registrationAuthority());
      root.put("registration", reg);
    }
    root.put("summary", summary(profile.summary()));
    List<Object> records = new ArrayList<>();
    profile.records().forEach(r -> records.add(record(r)));
    root.put("records", records);
    root.put("complete", profile.complete());
    return CANONICAL.writeValueAsString(root);
  }

  private static Map<String, Object> summary(ProfileSummary summary) {
    Map<String, Object> map = new TreeMap<>();
    map.put("totalRecords", summary.totalRecords());
    map.put("activeNegativeRecords", summary.activeNegativeRecords());
    map.put("recordsUnderObjection", summary.recordsUnderObjection());
    put(map, "latestTaxLevel", summary.latestTaxLevel());
    Map<String, Object> counts = new TreeMap<>();
    summary.countsByCategory().forEach(c -> counts.put(c.category().name(), c.count()));
    map.put("countsByCategory", counts);
    List<Object> lists = new ArrayList<>();
    for (ProfileSummary.CurrentList list : summary.currentLists()) {
      Map<String, Object> entry = new TreeMap<>();
      entry.put("category", list.category().name());
      entry.put("name", list.name());
      entry.put("since", list.since().toString());
      put(entry, "until", list.until());
      entry.put("recordId", list.recordId());
      lists.add(entry);
    }
    map.put("currentLists", lists);
    return map;
  }

  private static Map<String, Object> record(ProfileRecord r) {
    Map<String, Object> map = new TreeMap<>();
    map.put("id", r.id());
    map.put("category", r.category().name());
    map.put("title", r.title());
    put(map, "documentNumber", r.documentNumber());
    put(map, "authority", r.authority() == null ? null : r.authority().name());
    map.put("decisionDate", r.decisionDate().toString());
    put(map, "validFrom", r.validFrom());
    put(map, "validUntil", r.validUntil());
    put(map, "summary", r.summary());
    if (!r.penaltyCategories().isEmpty()) {
      map.put("penaltyCategories", r.penaltyCategories());
    }
    put(map, "fineAmount", r.fineAmount());
    put(map, "listStatus", r.listStatus());
    put(map, "listName", r.listName());
    put(map, "taxLevel", r.taxLevel());
    put(map, "fulfilment", r.fulfilment());
    Map<String, Object> publicity = new TreeMap<>();
    publicity.put("visible", r.publicity().visible());
    put(publicity, "until", r.publicity().until());
    publicity.put("rule", r.publicity().rule().name());
    publicity.put("underObjection", r.publicity().underObjection());
    map.put("publicity", publicity);
    return map;
  }

  private static void put(Map<String, Object> map, String key, @Nullable Object value) {
    if (value != null) {
      map.put(key, value.toString());
    }
  }
}
