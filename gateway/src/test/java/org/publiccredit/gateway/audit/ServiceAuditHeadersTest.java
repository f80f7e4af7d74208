package org.publiccredit.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the service reports is kept only as subject keys: never a plain ID number. */
class ServiceAuditHeadersTest {

  @Test
  void keepsCreditCodesAndKeyedHashesAndDropsIdNumbers() {
    String hash = "9f" + "0".repeat(62);
    assertThat(ServiceAuditHeaders.values(List.of(
        "91370982MA3C4A1Q19, " + hash + ",370982198503120017", "11010519491231002X,bad value"),
        true)).containsExactly("91370982MA3C4A1Q19", hash);
  }

  @Test
  void recognisesResidentIdNumbers() {
    assertThat(ResidentIdNumbers.looksLikeOne("370982198503120017")).isTrue();
    assertThat(ResidentIdNumbers.looksLikeOne("11010519491231002x")).isTrue();
    assertThat(ResidentIdNumbers.looksLikeOne("110105194912310021")).isFalse(); // check char
    assertThat(ResidentIdNumbers.looksLikeOne("91370982MA3C4A1Q19")).isFalse();
    assertThat(ResidentIdNumbers.looksLikeOne("370982850312001")).isTrue(); // old 15-digit form
  }

  @Test
  void boundsHowManyValuesAreKept() {
    String many = String.join(",", java.util.Collections.nCopies(500, "91370982MA3C4A1Q19"));
    assertThat(ServiceAuditHeaders.values(List.of(many), true)).hasSize(100);
  }

  @Test
  void keepsAPurposeCodeAndDropsAnythingElse() {
    assertThat(ServiceAuditHeaders.purpose(" LOAN_APPROVAL ")).isEqualTo("LOAN_APPROVAL");
    assertThat(ServiceAuditHeaders.purpose(null)).isNull();
    assertThat(ServiceAuditHeaders.purpose("for a loan, please")).isNull();
    assertThat(ServiceAuditHeaders.purpose("370982198503120017")).isNull();
    assertThat(ServiceAuditHeaders.purpose("x".repeat(65))).isNull();
  }
}
