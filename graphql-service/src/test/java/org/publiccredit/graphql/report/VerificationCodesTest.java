package org.publiccredit.graphql.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class VerificationCodesTest {

  private static final byte[] KEY = new byte[32];
  private final VerificationCodes codes = new VerificationCodes(KEY);

  @Test
  void aCodeIsFiveGroupsOfFourCrockfordCharacters() {
    assertThat(codes.code("CR20261125-0000000001", "{}")).matches("([0-9A-HJKMNP-TV-Z]{4}-){4}[0-9A-HJKMNP-TV-Z]{4}");
  }

  @Test
  void theCodeDependsOnNumberContentAndKey() {
    String code = codes.code("CR20261125-0000000001", "{\"a\":1}");
    assertThat(codes.code("CR20261125-0000000001", "{\"a\":1}")).isEqualTo(code);
    assertThat(codes.code("CR20261125-0000000002", "{\"a\":1}")).isNotEqualTo(code);
    assertThat(codes.code("CR20261125-0000000001", "{\"a\":2}")).isNotEqualTo(code);
    byte[] other = Arrays.copyOf(KEY, 32);
    other[0] = 1;
    assertThat(new VerificationCodes(other).code("CR20261125-0000000001", "{\"a\":1}")).isNotEqualTo(code);
  }

  @Test
  void matchingIgnoresSpacesDashesAndCase() {
    String code = codes.code("N", "C");
    assertThat(codes.matches(code.replace("-", " ").toLowerCase(java.util.Locale.ROOT), "N", "C")).isTrue();
    assertThat(codes.matches(code.substring(1), "N", "C")).isFalse();
  }

  @Test
  void aShortKeyIsRefused() {
    assertThatThrownBy(() -> new VerificationCodes(new byte[16])).hasMessageContaining("256 bits");
  }
}
