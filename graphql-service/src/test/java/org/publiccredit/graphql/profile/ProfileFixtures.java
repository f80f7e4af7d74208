package org.publiccredit.graphql.profile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.publiccredit.graphql.search.RecordStore;
import org.publiccredit.graphql.search.StoredRecord;
import org.publiccredit.graphql.search.SubjectDocument;
import org.publiccredit.graphql.search.SubjectType;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Subjects and records written straight through {@link RecordStore}, with the catalog attributes
 * and publicity states the publicity rules read, dated relative to today in China.
 */
public final class ProfileFixtures {

  public static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
  public static final String DEPARTMENT = "113709820042116306";
  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  private final RecordStore store;
  private final JsonMapper jsonMapper;
  private final List<StoredRecord> pending = new ArrayList<>();

  public ProfileFixtures(RecordStore store, JsonMapper jsonMapper) {
    this.store = store;
    this.jsonMapper = jsonMapper;
  }

  /** A valid unified social credit code with the given 6-digit serial. */
  public static String uscc(String marker, int serial) {
    String base = "91370982" + marker + String.format(java.util.Locale.ROOT, "%06d", serial);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += ALPHABET.indexOf(base.charAt(i)) * WEIGHTS[i];
    }
    return base + ALPHABET.charAt((31 - sum % 31) % 31);
  }

  public ProfileFixtures company(String code, String name, String town) {
    var doc = new SubjectDocument(code, SubjectType.LEGAL_PERSON, code, null, null, name, town, "张三",
        LocalDate.of(2015, 5, 20), new BigDecimal("300.00"), "山东省示范市" + town, "制造业", "存续", "示范市市场监督管理局");
    pending.add(new StoredRecord(code, true, jsonMapper.valueToTree(doc), null));
    return this;
  }

  /** A natural person as ingestion stores one: keyed by an opaque id, the ID number only masked here. */
  public ProfileFixtures person(String subjectId, String name, String maskedCode) {
    var doc = new SubjectDocument(subjectId, SubjectType.NATURAL_PERSON, null, maskedCode, null, name, "翟镇",
        null, null, null, null, null, null, null);
    pending.add(new StoredRecord(subjectId, true, jsonMapper.valueToTree(doc), null));
    return this;
  }

  /** A record builder for this subject; {@link Record#add()} queues it. */
  public Record record(String subjectId, String id, String category, LocalDate decided) {
    return new Record(subjectId, id, category, decided);
  }

  public void store() {
    store.store(List.copyOf(pending), "profile-it", true);
    pending.clear();
  }

  public final class Record {
    private final ObjectNode doc = jsonMapper.createObjectNode();
    private final ObjectNode attributes = doc.putObject("attributes");

    Record(String subjectId, String id, String category, LocalDate decided) {
      doc.put("recordId", id).put("subjectId", subjectId).put("subjectType", "LEGAL_PERSON").put("category", category)
          .put("title", category + " " + id).put("documentNumber", "DOC-" + id)
          .put("authorityName", "示范市市场监督管理局").put("authorityCode", DEPARTMENT)
          .put("decisionDate", decided.toString()).put("summary", "内容 " + id)
          .put("sourceDepartmentName", "示范市市场监督管理局").put("sourceDepartmentCode", DEPARTMENT);
    }

    public Record authority(String code, String name) {
      doc.put("authorityCode", code).put("authorityName", name);
      return this;
    }

    public Record aboutAPerson() {
      doc.put("subjectType", "NATURAL_PERSON");
      return this;
    }

    public Record title(String title) {
      doc.put("title", title);
      return this;
    }

    public Record documentNumber(String number) {
      doc.put("documentNumber", number);
      return this;
    }

    public Record valid(@Nullable LocalDate from, @Nullable LocalDate until) {
      if (from != null) {
        doc.put("validFrom", from.toString());
      }
      if (until != null) {
        doc.put("validUntil", until.toString());
      }
      return this;
    }

    public Record attribute(String key, String value) {
      attributes.put(key, value);
      return this;
    }

    public Record state(Map<String, LocalDate> state) {
      ObjectNode node = doc.putObject("publicityState");
      state.forEach((k, v) -> node.put(k, v.toString()));
      return this;
    }

    public ProfileFixtures add() {
      pending.add(new StoredRecord(doc.get("recordId").asString(), false, doc, null));
      return ProfileFixtures.this;
    }
  }
}
