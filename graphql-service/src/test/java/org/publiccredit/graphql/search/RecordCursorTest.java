package org.publiccredit.graphql.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordCursorTest {

  @Test
  void roundTrips() {
    var cursor = new RecordCursor(1718841600000L, "0f3a9c2e5b7d41e8a6c3f1b2d4e5a6b7");
    assertThat(RecordCursor.decode(cursor.encode())).contains(cursor);
  }

  @Test
  void roundTripsNegativeSortValues() {
    var cursor = new RecordCursor(Long.MIN_VALUE, "a:b");
    assertThat(RecordCursor.decode(cursor.encode())).contains(cursor);
  }

  @Test
  void isUrlSafeAndOpaque() {
    String encoded = new RecordCursor(1718841600000L, "abc").encode();
    assertThat(encoded).matches("[A-Za-z0-9_-]+").doesNotContain("abc").doesNotContain("1718841600000");
  }

  @Test
  void aDecisionDateSortsAsItsUtcMidnight() {
    assertThat(RecordCursor.of(LocalDate.of(2024, 6, 20), "a")).isEqualTo(new RecordCursor(1718841600000L, "a"));
    assertThat(RecordCursor.of(LocalDate.of(1969, 12, 31), "a").decisionDateMillis()).isEqualTo(-86_400_000L);
  }

  @Test
  void ordersByDecisionDateDescendingThenRecordIdAscending() {
    var newer = new RecordCursor(1718841600000L, "b");
    var olderA = new RecordCursor(1718755200000L, "a");
    var olderB = new RecordCursor(1718755200000L, "b");
    List<RecordCursor> cursors = new ArrayList<>(List.of(olderB, newer, olderA));
    cursors.sort(RecordCursor.ORDER);
    assertThat(cursors).containsExactly(newer, olderA, olderB);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "not base64!", "cjE6", "eHl6"})
  void rejectsForeignText(String text) {
    assertThat(RecordCursor.decode(text)).isEmpty();
  }

  @Test
  void rejectsOtherVersionsAndNonNumbers() {
    assertThat(RecordCursor.decode(encode("r0:1:abc"))).isEmpty();
    assertThat(RecordCursor.decode(encode("r1:x:abc"))).isEmpty();
    assertThat(RecordCursor.decode(encode("r1:1:"))).isEmpty();
  }

  private static String encode(String plain) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }
}
