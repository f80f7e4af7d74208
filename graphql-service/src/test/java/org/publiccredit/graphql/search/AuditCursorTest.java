package org.publiccredit.graphql.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditCursorTest {

  @Test
  void roundTrips() {
    var cursor = new AuditCursor(1_764_072_000_123L, "gw:1-a", 42);
    assertThat(AuditCursor.decode(cursor.encode())).contains(cursor);
  }

  @Test
  void refusesWhatItDidNotMake() {
    assertThat(AuditCursor.decode("bm9wZQ")).isEmpty();
    assertThat(AuditCursor.decode("%%%")).isEmpty();
    assertThat(AuditCursor.decode(new RecordCursor(1, "x").encode())).isEmpty();
  }
}
