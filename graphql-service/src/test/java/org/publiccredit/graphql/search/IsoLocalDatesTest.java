package org.publiccredit.graphql.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.publiccredit.schema.catalog.IsoDates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

class IsoLocalDatesTest {

  record Dated(@Nullable LocalDate day) {}

  private static final JsonMapper JACKSON = JsonMapper.builder().build();
  private static final JsonMapper OURS = JACKSON.rebuild().addModule(IsoLocalDates.module()).build();

  /** Whatever Jackson reads, ours reads the same; whatever it refuses, ours refuses. */
  @ParameterizedTest
  @ValueSource(strings = {"\"2024-02-29\"", "\"1999-12-31\"", "\"0001-01-01\"", "null", "\"2023-02-29\"",
      "\"2023-13-01\"", "\"2023-2-03\"", "\"2023-02-03T10:15:30\"", "\"+12024-01-01\"", "\"2023/02/03\"",
      "\"２０２３-02-03\"", "\"\"", "[2023,2,3]", "20230203"})
  void readsWhatJacksonReadsAndRefusesWhatItRefuses(String value) {
    String json = "{\"day\":" + value + "}";
    Dated expected;
    try {
      expected = JACKSON.readValue(json, Dated.class);
    } catch (RuntimeException refused) {
      assertThatThrownBy(() -> OURS.readValue(json, Dated.class)).isInstanceOf(refused.getClass());
      return;
    }
    assertThat(OURS.readValue(json, Dated.class)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-02-29", "1970-01-01", "9999-12-31"})
  void aStoredDateIsReadWithoutTheFormatter(String text) {
    assertThat(IsoDates.parse(text)).isEqualTo(LocalDate.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-02-29", "2023-00-10", "2023-1-10", "2023-01-1x", "20230110", "+2023-01-10"})
  void anythingElseIsLeftToJackson(String text) {
    assertThat(IsoDates.parse(text)).isNull();
  }
}
