package org.publiccredit.graphql.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.publiccredit.graphql.pii.IdNumberProtector;
import org.publiccredit.graphql.search.RecordAttributes;
import org.publiccredit.graphql.search.RecordIds;
import org.publiccredit.graphql.search.Sealing;
import org.publiccredit.graphql.search.StoredRecord;
import org.publiccredit.graphql.search.SubjectDocument;
import org.publiccredit.graphql.search.SubjectType;
import org.publiccredit.schema.catalog.Catalog;
import org.publiccredit.schema.catalog.CategoryDefinition;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a valid row into what is stored: the common record fields the catalog's {@code record}
 * mapping names at top level, every other field under {@code attributes} (ID numbers as hash,
 * ciphertext and mask only; the ciphertexts are added by the record's sealing, only if it is
 * written; {@link RecordAttributes} puts the top-level values back for readers), and the link to
 * the subject. Base records are the subject document itself, with every field under
 * {@code attributes}.
 */
final class RecordDocuments {

  private static final Map<String, SubjectType> SUBJECT_CATEGORIES = Map.of(
      "法人及非法人组织", SubjectType.LEGAL_PERSON, "自然人", SubjectType.NATURAL_PERSON,
      "个体工商户", SubjectType.INDIVIDUAL_BUSINESS);

  private final Catalog catalog;
  private final IdNumberProtector protector;
  private final JsonMapper jsonMapper;

  RecordDocuments(Catalog catalog, IdNumberProtector protector, JsonMapper jsonMapper) {
    this.catalog = catalog;
    this.protector = protector;
    this.jsonMapper = jsonMapper;
  }

  StoredRecord document(CategoryKeys keys, Map<String, String> row) {
    CategoryDefinition category = keys.category();
    RowProtection protection = new RowProtection(protector);
    ObjectNode attributes = jsonMapper.createObjectNode();
    Map<String, RowProtection.Number> personal = new LinkedHashMap<>();
    Set<String> atTopLevel = RecordAttributes.atTopLevel(category);
    row.forEach((key, value) -> {
      if (keys.personal(key)) {
        RowProtection.Number id = protection.of(value);
        personal.put(key, id);
        attributes.putObject(key).put("hash", id.lookupKey).put("masked", id.masked);
      } else if (!atTopLevel.contains(key)) {
        attributes.put(key, IdNumbersInText.mask(value));
      }
    });
    Sealing sealAttributes = doc -> personal.forEach((key, id) ->
        ((ObjectNode) doc.get("attributes").get(key)).put("cipher", id.ciphertext()));
    String source = keys.role(row, category.record(), "sourceDepartmentCode");
    Subject subject = subject(keys, row, protection);
    RowProtection.Number person = subject.person();
    Sealing sealSubject = person == null ? Sealing.NONE : doc -> doc.put("idNumberCiphertext", person.ciphertext());
    return switch (category.id()) {
      case "LEGAL_PERSON", "NATURAL_PERSON" -> {
        ObjectNode doc = jsonMapper.valueToTree(baseSubject(category, row, subject));
        doc.remove("idNumberCiphertext");
        doc.set("attributes", attributes);
        doc.put("sourceDepartmentCode", source);
        yield new StoredRecord(subject.id(), true, doc, null, d -> {
          sealSubject.seal(d);
          sealAttributes.seal(d);
        }, Sealing.NONE);
      }
      default -> {
        String recordId = RecordIds.of(source == null ? "" : source, category.id(), naturalKey(keys, row));
        ObjectNode doc = jsonMapper.createObjectNode();
        doc.put("recordId", recordId);
        doc.put("subjectId", subject.id());
        doc.put("subjectType", subject.type().name());
        doc.put("category", category.id());
        category.record().forEach((role, key) -> {
          String value = row.get(key);
          if (value != null) {
            doc.put(role, keys.personal(key) ? IdNumberProtector.mask(value) : IdNumbersInText.mask(value));
          }
        });
        doc.set("attributes", attributes);
        yield new StoredRecord(recordId, false, doc, minimalSubject(subject), sealAttributes, sealSubject);
      }
    };
  }

  private String naturalKey(CategoryKeys keys, Map<String, String> row) {
    List<String> identity = keys.category().identity();
    return identity.stream().map(k -> {
      String value = row.getOrDefault(k, "");
      return keys.personal(k) ? protector.lookupKey(value) : value;
    }).collect(Collectors.joining("\u001f"));
  }

  /** Who the row is about: a code for organisations, the ID number's keyed hash for persons. */
  private record Subject(String id, SubjectType type, @Nullable String code, RowProtection.@Nullable Number person,
      String name) {}

  private Subject subject(CategoryKeys keys, Map<String, String> row, RowProtection protection) {
    Map<String, String> roles = keys.category().subject();
    String name = keys.role(row, roles, "name");
    String uscc = keys.role(row, roles, "unifiedSocialCreditCode");
    String idNumber = keys.role(row, roles, "idNumber");
    String declared = "92".equals(keys.role(row, roles, "organisationType")) ? "个体工商户"
        : keys.role(row, roles, "category");
    SubjectType type = declared != null && SUBJECT_CATEGORIES.containsKey(declared) ? SUBJECT_CATEGORIES.get(declared)
        : uscc == null && idNumber != null ? SubjectType.NATURAL_PERSON : SubjectType.LEGAL_PERSON;
    if (uscc != null && type != SubjectType.NATURAL_PERSON) {
      return new Subject(uscc, type, uscc, null, name == null ? uscc : name);
    }
    if (idNumber != null) {
      RowProtection.Number person = protection.of(idNumber);
      return new Subject(person.lookupKey, SubjectType.NATURAL_PERSON, null, person, name == null ? "" : name);
    }
    if (uscc != null) {
      return new Subject(uscc, SubjectType.LEGAL_PERSON, uscc, null, name == null ? uscc : name);
    }
    throw new IllegalStateException(keys.category().id() + " row passed the checks without a subject code");
  }

  /** The ciphertext is left out: the subject's sealing adds it if the subject is written. */
  private static SubjectDocument minimalSubject(Subject s) {
    RowProtection.Number person = s.person();
    return new SubjectDocument(s.id(), s.type(), s.code(), person == null ? null : person.masked,
        null, s.name(), null, null, null, null, null, null, null, null);
  }

  private SubjectDocument baseSubject(CategoryDefinition category, Map<String, String> row, Subject s) {
    if (category.id().equals("NATURAL_PERSON")) {
      RowProtection.Number person = s.person();
      return new SubjectDocument(s.id(), SubjectType.NATURAL_PERSON, null, person == null ? null : person.masked,
          null, s.name(), label("TOWN", row.get("town")),
          null, null, null, row.get("address"), null, null, null);
    }
    String established = row.get("establishedDate");
    String capital = row.get("registeredCapital");
    return new SubjectDocument(s.id(), s.type(), s.code(), null, null, s.name(), label("TOWN", row.get("town")),
        row.get("legalRepresentative"), established == null ? null : LocalDate.parse(established),
        capital == null ? null : new BigDecimal(capital), row.get("address"), row.get("industry"),
        label("REGISTRATION_STATUS", row.get("registrationStatus")), row.get("registrationAuthority"));
  }

  /** Subjects show a code list's Chinese label (e.g. 存续), as the registration authority words it. */
  private @Nullable String label(String enumeration, @Nullable String code) {
    return code == null ? null : catalog.enumeration(enumeration).entry(code).label().zh();
  }
}
