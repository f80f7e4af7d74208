package org.publiccredit.graphql.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.publiccredit.graphql.Samples;
import org.publiccredit.schema.catalog.Catalog;
import org.publiccredit.schema.catalog.Violation;

/** Keys, the reporting rules and masking of refused rows, without Spring or Elasticsearch. */
class RowCheckTest {

  private static final Catalog CATALOG = Catalog.loadFromClasspath();
  private static final CategoryKeys PENALTY = new CategoryKeys(CATALOG.category("ADMINISTRATIVE_PENALTY"));
  private final RowCheck check = new RowCheck(CATALOG);

  @Test
  void prefixedCodesAndCamelCaseNamesMeanTheCatalogKey() {
    Map<String, String> row = PENALTY.normalise(Map.of("CF_WSH", " A-1 ", "decisionDate", "2024-01-02", "BZ", ""));
    assertThat(row).containsEntry("WSH", "A-1").containsEntry("JDRQ", "2024-01-02").doesNotContainKey("BZ");
  }

  @Test
  void aSampleRowPassesAndItsOwnDepartmentMayBeRequired() {
    Map<String, String> row = PENALTY.normalise(Samples.marketSupervisionPenalties().getFirst());
    assertThat(check.violations(PENALTY, row, null)).isEmpty();
    assertThat(check.violations(PENALTY, row, Samples.MARKET_SUPERVISION)).isEmpty();
    assertThat(rules(check.violations(PENALTY, row, Samples.TAX_BUREAU))).containsExactly("SJLYDM:sourceMismatch");
  }

  @Test
  void aDepartmentNotListedForTheCategoryIsRejected() {
    Map<String, String> row = new LinkedHashMap<>(PENALTY.normalise(Samples.marketSupervisionPenalties().getFirst()));
    row.put("SJLYDM", Samples.PEOPLES_COURT);
    List<Violation> violations = check.violations(PENALTY, row, null);
    assertThat(rules(violations)).containsExactly("SJLYDM:departmentNotAllowed");
    assertThat(violations.getFirst().message().zh()).contains("无权报送");
  }

  @Test
  void refusedRowsAreKeptWithIdNumbersMaskedWhereverTheyAre() {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("XDR_ZJHM", "11010519491231002X");
    row.put("BZ", "见 11010519491231002X 号");
    row.put("SJLYDM", Samples.MARKET_SUPERVISION);
    Map<String, String> masked = RejectionDocuments.masked(PENALTY, row);
    assertThat(masked.get("XDR_ZJHM")).isEqualTo("1101**********002X");
    assertThat(masked.values().toString()).doesNotContain("11010519491231002X");
    assertThat(masked.get("SJLYDM")).isEqualTo(Samples.MARKET_SUPERVISION);
  }

  @Test
  void idNumbersInFreeTextAreMaskedAndOtherCodesLeftReadable() {
    assertThat(IdNumbersInText.mask("身份证11010519491231002x，代码" + Samples.MARKET_SUPERVISION + "，户号37098201224300000000"))
        .isEqualTo("身份证1101**********002X，代码" + Samples.MARKET_SUPERVISION + "，户号37098201224300000000");
  }

  @Test
  void textWithoutSeventeenDigitsInARowIsLeftAsItIsWithoutMatching() {
    String text = "2020年3月起1个月电费欠缴，欠缴金额12591.86元，户号3709820122430000";
    assertThat(IdNumbersInText.hasDigits(text, 17)).isFalse();
    assertThat(IdNumbersInText.mask(text)).isSameAs(text);
    assertThat(IdNumbersInText.hasDigits("号11010519491231002x", 17)).isTrue();
    assertThat(IdNumbersInText.mask("号11010519491231002x")).isEqualTo("号1101**********002X");
  }

  private static List<String> rules(List<Violation> violations) {
    return violations.stream().map(v -> v.field() + ":" + v.rule()).toList();
  }
}
