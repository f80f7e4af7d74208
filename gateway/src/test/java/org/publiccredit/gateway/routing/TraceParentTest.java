package org.publiccredit.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TraceParentTest {

  private static final String FORMAT = "00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]";
  private static final String CALLER = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

  @Test
  void continuesTheCallersTraceWithANewParentAndItsFlags() {
    String next = TraceParent.next(CALLER, 0);

    assertThat(next).matches(FORMAT).startsWith("00-4bf92f3577b34da6a3ce929d0e0e4736-")
        .endsWith("-01").doesNotContain("00f067aa0ba902b7");
  }

  @Test
  void startsATraceWhenTheCallerSentNoneOrAnInvalidOne() {
    for (String incoming : new String[] {null, "", "garbage", CALLER.toUpperCase(),
        "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
        "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
        "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", CALLER + "-extra"}) {
      String next = TraceParent.next(incoming, 0);
      assertThat(next).matches(FORMAT).endsWith("-00")
          .doesNotContain("4bf92f3577b34da6a3ce929d0e0e4736")
          .doesNotContain("00000000000000000000000000000000");
    }
  }

  @Test
  void acceptsALaterVersionsExtraFieldsButForwardsVersion00() {
    String later = "01" + CALLER.substring(2) + "-what-comes-next";

    assertThat(TraceParent.isValid(later)).isTrue();
    assertThat(TraceParent.next(later, 0)).matches(FORMAT)
        .contains("4bf92f3577b34da6a3ce929d0e0e4736");
  }

  @Test
  void marksTheConfiguredShareOfNewTracesSampled() {
    assertThat(TraceParent.next(null, 1)).endsWith("-01");
    long sampled = IntStream.range(0, 2000)
        .filter(i -> TraceParent.next(null, 0.1).endsWith("-01")).count();
    assertThat(sampled).isBetween(100L, 320L);
  }

  @Test
  void newTracesDiffer() {
    assertThat(TraceParent.next(null, 0)).isNotEqualTo(TraceParent.next(null, 0));
  }
}
