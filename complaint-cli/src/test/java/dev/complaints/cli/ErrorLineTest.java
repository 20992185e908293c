package dev.complaints.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.complaints.scoring.record.RecordFormatException;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one style of error lines, from the most specific form down to a bare problem. */
class ErrorLineTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  void asMuchOfTheFullFormAsApplies() {
    assertThat(ErrorLine.format("t.jsonl", 7, ErrorLine.field("stages[1].leftAt"), "not an instant"))
        .isEqualTo("t.jsonl:7: field 'stages[1].leftAt': not an instant");
    assertThat(ErrorLine.format("t.jsonl", 7, null, "line is too long")).isEqualTo("t.jsonl:7: line is too long");
    assertThat(ErrorLine.format("p.json", 0, ErrorLine.field("$.alerts.red3"), "out of range"))
        .isEqualTo("p.json: field 'alerts.red3': out of range");
    assertThat(ErrorLine.format("p.json", 0, null, "cannot read: permission denied"))
        .isEqualTo("p.json: cannot read: permission denied");
    assertThat(ErrorLine.format(null, 0, ErrorLine.options(List.of("--start")), "not an instant"))
        .isEqualTo("option '--start': not an instant");
    assertThat(ErrorLine.format(null, 0, ErrorLine.options(List.of("--limit", "--working-days")), "give one"))
        .isEqualTo("options '--limit', '--working-days': give one");
    assertThat(ErrorLine.format(null, 3, ErrorLine.fields(List.of("start")), "missing"))
        .isEqualTo("line 3: field 'start': missing");
    assertThat(ErrorLine.format(null, 0, null, "a subcommand is required")).isEqualTo("a subcommand is required");
  }

  @Test
  void fieldsAreJsonPathsWithoutTheRoot() {
    assertThat(ErrorLine.field("$")).isNull();
    assertThat(ErrorLine.field("")).isNull();
    assertThat(ErrorLine.field(null)).isNull();
    assertThat(ErrorLine.field("$.zone")).isEqualTo("field 'zone'");
    assertThat(ErrorLine.field("$[0].unit")).isEqualTo("field '[0].unit'");
    assertThat(ErrorLine.field("$.exceptions['2026-10-01'][0]")).isEqualTo("field \"exceptions['2026-10-01'][0]\"");
  }

  @Test
  void theProblemStartsInLowerCaseUnlessItStartsWithAName() {
    assertThat(ErrorLine.lowerFirst("Duplicate field 'to'")).isEqualTo("duplicate field 'to'");
    assertThat(ErrorLine.lowerFirst("Unexpected end-of-input")).isEqualTo("unexpected end-of-input");
    assertThat(ErrorLine.lowerFirst("Missing: x")).isEqualTo("missing: x");
    assertThat(ErrorLine.lowerFirst("JSON is broken")).isEqualTo("JSON is broken");
    assertThat(ErrorLine.lowerFirst("ComplaintReceived must come first")).isEqualTo("ComplaintReceived must come first");
    assertThat(ErrorLine.lowerFirst("Data/2027.json is missing")).isEqualTo("Data/2027.json is missing");
    assertThat(ErrorLine.lowerFirst("already lower")).isEqualTo("already lower");
    assertThat(ErrorLine.format("f", 0, null, "Unknown value")).isEqualTo("f: unknown value");
  }

  @Test
  void libraryErrorsAreFormattedFromTheirParts() {
    RecordFormatException record =
        new RecordFormatException("tickets.jsonl", 4, "stages[0].leftAt", "'x' is not an instant", null);
    assertThat(ErrorLine.of(record, SHANGHAI)).isEqualTo("tickets.jsonl:4: field 'stages[0].leftAt': 'x' is not an instant");
    RecordFormatException whole = new RecordFormatException("tickets.jsonl", 2, "$", "expected a ticket object", null);
    assertThat(ErrorLine.of(whole, SHANGHAI)).isEqualTo("tickets.jsonl:2: expected a ticket object");
    UncheckedIOException io = new UncheckedIOException("tickets.jsonl: line 9: cannot read: not valid UTF-8",
        new IOException("x"));
    assertThat(ErrorLine.of(io, SHANGHAI)).isEqualTo("tickets.jsonl:9: cannot read: not valid UTF-8");
    IllegalArgumentException calendar =
        new IllegalArgumentException("The end 2026-10-03T11:30:00Z is before the start 2026-10-04T03:00:00Z");
    assertThat(ErrorLine.of(calendar, SHANGHAI))
        .isEqualTo("the end 2026-10-03 19:30 +08:00 is before the start 2026-10-04 11:00 +08:00");
    BadInputException bad = BadInputException.field(null, 2, "start", "missing");
    assertThat(ErrorLine.of(bad, SHANGHAI)).isEqualTo("line 2: field 'start': missing");
  }
}
