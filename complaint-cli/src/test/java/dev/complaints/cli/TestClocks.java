package dev.complaints.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Fixed clocks for the tests, so that what "now" is never depends on the day the tests run. */
final class TestClocks {
  /**
   * A "now" after every month of the tests' data (which reaches 2031): each period has ended, so a report
   * without {@code --as-of} is as of the end of its period.
   */
  static final Clock AFTER_THE_DATA = Clock.fixed(Instant.parse("2040-01-01T00:00:00Z"), ZoneOffset.UTC);

  private TestClocks() {}

  /**
   * A clock that stands still at an instant.
   *
   * @param instant the instant, ISO-8601
   * @return the clock
   */
  static Clock at(String instant) {
    return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
  }
}
