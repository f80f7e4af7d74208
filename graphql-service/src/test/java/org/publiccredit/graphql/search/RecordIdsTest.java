package org.publiccredit.graphql.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecordIdsTest {

  @Test
  void sameIdentitySameId() {
    assertThat(RecordIds.of("113709820042116306", RecordCategory.ADMINISTRATIVE_PENALTY, "示市监处罚〔2024〕58号"))
        .isEqualTo(RecordIds.of("113709820042116306", RecordCategory.ADMINISTRATIVE_PENALTY, "示市监处罚〔2024〕58号"))
        .hasSize(32);
  }

  @Test
  void anyPartChangesTheId() {
    String id = RecordIds.of("113709820042116306", RecordCategory.ADMINISTRATIVE_PENALTY, "58");
    assertThat(RecordIds.of("11370900004421558F", RecordCategory.ADMINISTRATIVE_PENALTY, "58")).isNotEqualTo(id);
    assertThat(RecordIds.of("113709820042116306", RecordCategory.ADMINISTRATIVE_LICENSE, "58")).isNotEqualTo(id);
    assertThat(RecordIds.of("113709820042116306", RecordCategory.ADMINISTRATIVE_PENALTY, "59")).isNotEqualTo(id);
  }
}
