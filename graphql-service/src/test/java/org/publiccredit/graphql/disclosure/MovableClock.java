package org.publiccredit.graphql.disclosure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move forward (or set) between calls. */
public final class MovableClock extends Clock {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private volatile Instant now;

  public MovableClock(Instant now) {
    this.now = now;
  }

  /** Noon in China on that day. */
  public static MovableClock on(LocalDate day) {
    return new MovableClock(day.atTime(12, 0).atZone(CHINA).toInstant());
  }

  public void setDay(LocalDate day) {
    now = day.atTime(12, 0).atZone(CHINA).toInstant();
  }

  public void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    MovableClock owner = this;
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId other) {
        return owner.withZone(other);
      }

      @Override
      public Instant instant() {
        return owner.instant();
      }
    };
  }

  @Override
  public Instant instant() {
    return now;
  }
}
