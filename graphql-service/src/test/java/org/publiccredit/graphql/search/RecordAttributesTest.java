package org.publiccredit.graphql.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.publiccredit.schema.catalog.Catalog;

class RecordAttributesTest {

  private static FullRecord negative(Map<String, Object> attributes) {
    return new FullRecord("r1", "s1", SubjectType.LEGAL_PERSON, RecordCategory.OTHER_NEGATIVE, "欠缴社会保险费",
        "示社〔2024〕1号", "示范市社会保险事业中心", "12370900MB0000001X", LocalDate.of(2024, 3, 5),
        LocalDate.of(2024, 1, 1), null, "欠缴2023年社会保险费", "示范市人力资源和社会保障局", "11370900004000000A",
        attributes, null);
  }

  @Test
  void topLevelValuesComeBackUnderTheirColumnCodes() {
    Map<String, Object> stored = new LinkedHashMap<>();
    stored.put("subjectName", "示范市某有限公司");
    stored.put("idNumber", Map.of("hash", "h", "masked", "3709**********794X"));
    FullRecord record = negative(stored);

    assertThat(record.attribute("recordType")).isEqualTo("欠缴社会保险费");
    assertThat(record.attribute("documentNumber")).isEqualTo("示社〔2024〕1号");
    assertThat(record.attribute("recordDate")).isEqualTo("2024-03-05");
    assertThat(record.attribute("periodFrom")).isEqualTo("2024-01-01");
    assertThat(record.attribute("settledDate")).isNull();
    assertThat(record.attribute("description")).isEqualTo("欠缴2023年社会保险费");
    assertThat(record.attribute("reportingUnit")).isEqualTo("示范市社会保险事业中心");
    assertThat(record.attribute("reportingUnitCode")).isEqualTo("12370900MB0000001X");
    assertThat(record.attribute("sourceUnit")).isEqualTo("示范市人力资源和社会保障局");
    assertThat(record.attribute("sourceUnitCode")).isEqualTo("11370900004000000A");
    assertThat(record.attribute("subjectName")).isEqualTo("示范市某有限公司");
    assertThat(record.attribute("idNumber")).isEqualTo("3709**********794X");
    assertThat(record.attributes()).doesNotContainKey("settledDate");
  }

  @Test
  void aRecordStoredWithEveryFieldUnderAttributesReadsTheSame() {
    Map<String, Object> old = new LinkedHashMap<>();
    old.put("recordType", "欠缴社会保险费");
    old.put("recordDate", "2024-03-05");
    old.put("subjectName", "示范市某有限公司");
    assertThat(negative(old).attributes()).containsEntry("recordType", "欠缴社会保险费")
        .containsEntry("recordDate", "2024-03-05").containsEntry("documentNumber", "示社〔2024〕1号");
  }

  @Test
  void recordsWithoutAttributesStayWithout() {
    assertThat(negative(null).attributes()).isNull();
    PublicRecord demo = new PublicRecord("r2", RecordCategory.TAX_RATING, "2024年度纳税信用等级A级", null, null, null,
        LocalDate.of(2025, 4, 1), null, null, null, null, null, null, null);
    assertThat(demo.attribute("level")).isNull();
  }

  @Test
  void publicRecordsReadTheSameColumnsAsFullRecords() {
    PublicRecord rating = new PublicRecord("r3", RecordCategory.TAX_RATING, "A", "税评〔2025〕1号", "示范市税务局",
        "11370900MB0000002Y", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31), null,
        "示范市税务局", "11370900MB0000002Y", null, Map.of("year", "2024"));
    assertThat(rating.attribute("level")).isEqualTo("A");
    assertThat(rating.attribute("year")).isEqualTo("2024");
    assertThat(rating.attribute("validUntil")).isEqualTo("2026-03-31");
    assertThat(rating.attribute("evaluationDate")).isEqualTo("2025-04-01");
    assertThat(rating.attribute("sourceUnitCode")).isEqualTo("11370900MB0000002Y");
  }

  @Test
  void onlyRecordCategoriesStoreValuesOnce() {
    Catalog catalog = Catalog.loadFromClasspath();
    assertThat(RecordAttributes.atTopLevel(catalog.category("OTHER_NEGATIVE")))
        .containsExactlyInAnyOrderElementsOf(catalog.category("OTHER_NEGATIVE").record().values());
    assertThat(RecordAttributes.atTopLevel(catalog.category("LEGAL_PERSON"))).isEmpty();
    assertThat(RecordAttributes.atTopLevel(catalog.category("NATURAL_PERSON"))).isEmpty();
  }
}
