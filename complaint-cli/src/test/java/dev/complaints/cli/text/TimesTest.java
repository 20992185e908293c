package dev.complaints.cli.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The one format of instants in human output. */
class TimesTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  void localTimeWithItsOffsetInTheZone() {
    assertThat(Times.format(Instant.parse("2026-11-03T06:05:00Z"), SHANGHAI)).isEqualTo("2026-11-03 14:05 +08:00");
    assertThat(Times.format(Instant.parse("2026-10-31T16:00:00Z"), SHANGHAI)).isEqualTo("2026-11-01 00:00 +08:00");
    assertThat(Times.format(Instant.parse("2026-11-03T06:05:00Z"), ZoneOffset.UTC))
        .isEqualTo("2026-11-03 06:05 +00:00");
    assertThat(Times.format(Instant.parse("2026-07-01T12:00:00Z"), ZoneId.of("Europe/Berlin")))
        .isEqualTo("2026-07-01 14:00 +02:00");
  }

  @Test
  void secondsOnlyWhenTheyAreNotZero() {
    assertThat(Times.format(Instant.parse("2026-11-03T06:05:30Z"), SHANGHAI))
        .isEqualTo("2026-11-03 14:05:30 +08:00");
    assertThat(Times.format(Instant.parse("2026-11-03T06:05:00.250Z"), SHANGHAI))
        .isEqualTo("2026-11-03 14:05:00 +08:00");
  }

  @Test
  void instantsInAMessageAreShownInTheFormatButQuotedValuesAndExamplesAreNot() {
    assertThat(Times.humanize("between(2026-10-04T03:00:00Z, 2026-10-03T11:30:00Z): the end is before the start",
        SHANGHAI)).isEqualTo("between(2026-10-04 11:00 +08:00, 2026-10-03 19:30 +08:00): the end is before the start");
    assertThat(Times.humanize("at 2026-10-31T16:30+08:00.", SHANGHAI)).isEqualTo("at 2026-10-31 16:30 +08:00.");
    assertThat(Times.humanize("'2026-10-03T19:30:00+08:00' is not allowed (e.g. 2026-10-03T19:30:00+08:00)",
        SHANGHAI)).isEqualTo("'2026-10-03T19:30:00+08:00' is not allowed (e.g. 2026-10-03T19:30:00+08:00)");
    assertThat(Times.humanize("no instant in 2026-10-03 or 19:30", SHANGHAI))
        .isEqualTo("no instant in 2026-10-03 or 19:30");
    // too far out to be shown in the zone: left as it is
    assertThat(Times.humanize("instant +1000000000-12-31T23:59:59Z is too late", SHANGHAI))
        .isEqualTo("instant +1000000000-12-31T23:59:59Z is too late");
    assertThat(Times.humanize(null, SHANGHAI)).isNull();
  }
}
