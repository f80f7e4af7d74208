package org.publiccredit.graphql.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.publiccredit.graphql.identity.SubjectCodes;
import org.publiccredit.graphql.ingest.IngestOutcome.Accepted;
import org.publiccredit.graphql.pii.IdNumberProtector;
import org.publiccredit.graphql.search.RecordCategory;
import org.publiccredit.graphql.search.SubjectType;
import org.publiccredit.localstack.RepositoryLayout;
import tools.jackson.databind.json.JsonMapper;

/** The demo dataset is valid data: every line converts, the promised subjects are there. */
class DemoDatasetTest {

  private static final Path DATASET = RepositoryLayout.root().resolve("local-stack/demo-data/demo-subjects.jsonl");

  private final SubjectDocuments documents = new SubjectDocuments(SubjectCodes.withSystemClock(),
      new IdNumberProtector(filled(7), filled(9)));

  @Test
  void everyLineIsAccepted() throws IOException {
    List<IncomingSubject> subjects = read();
    assertThat(subjects).hasSizeGreaterThanOrEqualTo(12);
    for (IncomingSubject subject : subjects) {
      assertThat(documents.convert(subject)).as(subject.name()).isInstanceOf(Accepted.class);
    }
  }

  @Test
  void holdsTheDemoCompanyAndPerson() throws IOException {
    Map<String, IncomingSubject> byCode = read().stream().collect(Collectors.toMap(IncomingSubject::code, s -> s));
    IncomingSubject company = byCode.get("91370982MA3C4A1Q19");
    assertThat(company.type()).isEqualTo(SubjectType.LEGAL_PERSON);
    assertThat(company.records()).extracting(IncomingSubject.Record::category)
        .contains(RecordCategory.ADMINISTRATIVE_LICENSE, RecordCategory.ADMINISTRATIVE_PENALTY,
            RecordCategory.RED_LIST, RecordCategory.TAX_RATING)
        .hasSizeGreaterThanOrEqualTo(5);
    IncomingSubject person = byCode.get("370982198503120017");
    assertThat(person.type()).isEqualTo(SubjectType.NATURAL_PERSON);
    assertThat(person.records()).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void personDocumentsHoldNoIdNumberInTheClear() throws IOException {
    IncomingSubject person = read().stream().filter(s -> s.code().equals("370982198503120017")).findFirst().orElseThrow();
    var accepted = (Accepted) documents.convert(person);
    String stored = JsonMapper.builder().build().writeValueAsString(accepted);
    assertThat(stored).doesNotContain("370982198503120017").contains("3709**********0017");
  }

  @Test
  void refusesAPersonUnderACompanyCode() throws IOException {
    IncomingSubject company = read().getFirst();
    var misfiled = new IncomingSubject(company.code(), SubjectType.NATURAL_PERSON, company.name(), null, null, List.of());
    assertThat(documents.convert(misfiled)).isInstanceOf(IngestOutcome.Rejected.class);
  }

  private static List<IncomingSubject> read() throws IOException {
    JsonMapper mapper = JsonMapper.builder().build();
    return Files.readAllLines(DATASET).stream().filter(l -> !l.isBlank())
        .map(l -> mapper.readValue(l, IncomingSubject.class)).toList();
  }

  private static byte[] filled(int value) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) value);
    return key;
  }
}
