package dev.complaints.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.sla.calendar.BusinessCalendars;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** End-to-end tests of {@code deadline}, {@code elapsed} and {@code validate --calendar}. */
class DeadlineCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Result of one run. */
  record Run(int code, String out, String err) {
    List<String> lines() {
      return out.isEmpty() ? List.of() : List.of(out.split("\\R"));
    }
  }

  static Run runWithInput(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ComplaintCli.run(TestClocks.AFTER_THE_DATA, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ComplaintCli.run(TestClocks.AFTER_THE_DATA, new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  static String resource(String name) {
    try {
      return Path.of(DeadlineCommandTest.class.getResource("/calendars/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The worked calendar cases: {@code shared/examples} next to the checkout or above it when there is one (the
   * reference edition), otherwise the copy in the repository's {@code testdata/worked-examples}.
   */
  static Path calendarCases() {
    Path dir = Path.of("").toAbsolutePath();
    for (String relative : new String[] {"shared/examples", "testdata/worked-examples"}) {
      for (Path p = dir; p != null; p = p.getParent()) {
        Path candidate = p.resolve(relative).resolve("calendar-cases");
        if (Files.isDirectory(candidate)) {
          return candidate;
        }
      }
    }
    throw new IllegalStateException("calendar-cases in neither shared/examples nor testdata/worked-examples was"
        + " found in " + dir + " or any folder above it");
  }

  @Test
  void handWorkedDeadlinesOnTheMallCalendar() {
    String mall = resource("mall-hours.json");
    Run r = run("deadline", "--calendar", mall, "--start", "2026-10-03T19:30:00+08:00", "--limit", "PT1H");
    assertThat(r.code()).isZero();
    assertThat(r.out().strip()).isEqualTo("2026-10-04 10:30 +08:00");
    // the limit used up at the window's end: 20:00 the same day; a UTC start is printed in the zone's offset
    r = run("deadline", "--calendar", mall, "--start", "2026-10-03T02:00:00Z", "--limit", "PT10H");
    assertThat(r.out().strip()).isEqualTo("2026-10-03 20:00 +08:00");
    r = run("elapsed", "--calendar", mall, "--from", "2026-10-01T19:00:00+08:00", "--to", "2026-10-02T11:00:00+08:00");
    assertThat(r.code()).isZero();
    assertThat(r.out().strip()).isEqualTo("PT2H");
  }

  @Test
  void workingDaysOnTheNationalCalendar(@TempDir Path tmp) throws IOException {
    Path cn = tmp.resolve("cn-national.json");
    Files.writeString(cn, BusinessCalendars.toJsonString(BusinessCalendars.cnNational()));
    Run r = run("deadline", "--calendar", cn.toString(), "--start", "2026-09-29T11:00:00+08:00", "--working-days", "5");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().strip()).isEqualTo("2026-10-13 00:00 +08:00");
    r = run("deadline", "--calendar", cn.toString(), "--start", "2026-09-29T11:00:00+08:00", "--working-days", "5",
        "--due", "CLOSE_OF_BUSINESS");
    assertThat(r.out().strip()).isEqualTo("2026-10-12 18:00 +08:00");
    // beyond the dataset's years: one line naming the span, exit 2
    r = run("deadline", "--calendar", cn.toString(), "--start", "2027-03-01T11:00:00+08:00", "--limit", "PT1H");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("2024-01-01 to 2026-12-31");
  }

  @Test
  void helpOnEachCommand() {
    Run d = run("deadline", "--help");
    assertThat(d.code()).isZero();
    assertThat(d.out()).contains("--calendar", "--start", "--limit", "--working-days", "--due", "--batch");
    Run e = run("elapsed", "--help");
    assertThat(e.code()).isZero();
    assertThat(e.out()).contains("--calendar", "--from", "--to", "--batch");
  }

  @Test
  void badInputIsOneLineAndExitCode2() {
    String mall = resource("mall-hours.json");
    Run r = run("deadline", "--calendar", mall, "--start", "yesterday", "--limit", "PT1H");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("error: option '--start': 'yesterday' is not an ISO-8601 instant with an"
        + " offset (e.g. 2026-10-03T19:30:00+08:00)");
    assertThat(r.out()).isEmpty();
    r = run("deadline", "--calendar", mall, "--start", "2026-10-03T19:30:00+08:00", "--limit", "4 hours");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--limit");
    r = run("deadline", "--calendar", mall, "--start", "2026-10-03T19:30:00+08:00", "--limit", "PT1H",
        "--working-days", "2");
    assertThat(r.code()).isEqualTo(2);
    r = run("deadline", "--calendar", "no-such-calendar.json", "--start", "2026-10-03T19:30:00+08:00", "--limit", "PT1H");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no-such-calendar.json");
    String broken = resource("broken.json");
    r = run("deadline", "--calendar", broken, "--start", "2026-10-03T19:30:00+08:00", "--limit", "PT1H");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip().lines().count()).isEqualTo(1);
    assertThat(r.err()).startsWith("error: " + broken + ": invalid calendar (").contains("field 'zone': ");
    r = run("deadline", "--calendar", resource("truncated.json"), "--start", "2026-10-03T19:30:00+08:00",
        "--limit", "PT1H");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: " + resource("truncated.json") + ":1: ").contains("not valid JSON: ");
    r = run("elapsed", "--calendar", mall, "--from", "2026-10-03T19:30:00+08:00", "--to", "2026-10-03T10:30:00+08:00");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("error: options '--from', '--to': --to 2026-10-03 10:30 +08:00 is before"
        + " --from 2026-10-03 19:30 +08:00");
  }

  @Test
  void errorsOfTheCalendarArithmeticNameTheFileAndTheOptionsOrFields(@TempDir Path tmp) throws IOException {
    String mall = resource("mall-hours.json");
    Run r = run("deadline", "--calendar", mall, "--start", "2026-10-03T19:30:00+08:00", "--working-days", "0");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip())
        .isEqualTo("error: option '--working-days': 0 is not a number of working days (at least 1)");
    r = run("deadline", "--calendar", mall, "--start", "2026-10-03T19:30:00+08:00", "--working-days", "-3");
    assertThat(r.err()).startsWith("error: option '--working-days': -3 is not");
    r = run("elapsed", "--calendar", mall, "--from", "2026-10-03T19:30:00+08:00", "--to", "2026-10-03T10:30:00+08:00");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip().lines().count()).isEqualTo(1);
    assertThat(r.err()).startsWith("error: options '--from', '--to': --to 2026-10-03 10:30 +08:00 is before");
    r = run("deadline", "--calendar", mall, "--start", "2026-10-03T19:30:00+08:00", "--limit", "P100000D");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: " + mall + ": options '--start', '--limit': ").contains("supported range")
        .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
    Path cn = tmp.resolve("cn-national.json");
    Files.writeString(cn, BusinessCalendars.toJsonString(BusinessCalendars.cnNational()));
    r = run("deadline", "--calendar", cn.toString(), "--start", "2026-12-30T11:00:00+08:00", "--working-days", "3");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: " + cn + ": options '--start', '--working-days': ")
        .contains("2024-01-01 to 2026-12-31");
    assertThat(r.out()).isEmpty();

    String in = String.join("\n",
        "{\"start\":\"2026-10-03T10:00:00+08:00\",\"workingDays\":0}",
        "{\"start\":\"2026-10-03T10:00:00+08:00\",\"limit\":\"PT1H\",\"workingDays\":null}",
        "{\"start\":\"2026-10-03T10:00:00+08:00\",\"limit\":\"P100000D\"}") + "\n";
    r = runWithInput(in, "deadline", "--calendar", mall, "--batch");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.lines()).containsExactly(
        "{\"error\":\"line 1: field 'workingDays': 0 is not a number of working days (at least 1)\"}",
        "{\"deadline\":\"2026-10-03T11:00:00+08:00\"}",
        r.lines().get(2));
    assertThat(MAPPER.readTree(r.lines().get(2)).get("error").asText())
        .startsWith("line 3: " + mall + ": fields 'start', 'limit': ");
    r = runWithInput("{\"from\":\"2026-10-02T19:00:00+08:00\",\"to\":\"2026-10-01T11:00:00+08:00\"}\n",
        "elapsed", "--calendar", mall, "--batch");
    assertThat(r.code()).isEqualTo(2);
    assertThat(MAPPER.readTree(r.out()).get("error").asText())
        .isEqualTo("line 1: fields 'from', 'to': 'to' 2026-10-01 11:00 +08:00 is before 'from' 2026-10-02 19:00 +08:00");
  }

  @Test
  void batchAnswersEveryLineInOrderAndFlagsBadOnes() throws IOException {
    String mall = resource("mall-hours.json");
    String in = String.join("\n",
        "{\"start\":\"2026-10-03T19:30:00+08:00\",\"limit\":\"PT1H\"}",
        "{\"start\":\"2026-10-03T19:30:00+08:00\",\"limit\":",
        "{\"start\":\"soon\",\"limit\":\"PT1H\"}",
        "{\"start\":\"2026-10-03T10:00:00+08:00\",\"limit\":\"PT10H\"}",
        "{\"start\":\"2026-10-03T10:00:00+08:00\",\"workingDays\":2,\"due\":\"END_OF_DAY\"}",
        "{\"start\":\"2026-10-03T10:00:00+08:00\",\"limit\":\"PT1H\",\"kind\":\"deadline\"}") + "\n";
    Run r = runWithInput(in, "deadline", "--calendar", mall, "--batch");
    assertThat(r.code()).isEqualTo(2);
    List<String> lines = r.lines();
    assertThat(lines).hasSize(6);
    assertThat(MAPPER.readTree(lines.get(0)).get("deadline").asText()).isEqualTo("2026-10-04T10:30:00+08:00");
    assertThat(MAPPER.readTree(lines.get(1)).get("error").asText()).startsWith("line 2: ");
    assertThat(MAPPER.readTree(lines.get(2)).get("error").asText()).startsWith("line 3: ").contains("start");
    assertThat(MAPPER.readTree(lines.get(3)).get("deadline").asText()).isEqualTo("2026-10-03T20:00:00+08:00");
    assertThat(MAPPER.readTree(lines.get(4)).get("deadline").asText()).isEqualTo("2026-10-06T00:00:00+08:00");
    assertThat(MAPPER.readTree(lines.get(5)).get("error").asText()).startsWith("line 6: ").contains("kind");

    r = runWithInput("{\"from\":\"2026-10-01T19:00:00+08:00\",\"to\":\"2026-10-02T11:00:00+08:00\"}\n{\"from\":1}\n",
        "elapsed", "--calendar", mall, "--batch");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.lines()).hasSize(2);
    assertThat(r.lines().get(0)).isEqualTo("{\"elapsed\":\"PT2H\"}");
    assertThat(r.lines().get(1)).startsWith("{\"error\":\"line 2: ");

    r = runWithInput("{\"start\":\"2026-10-03T19:30:00+08:00\",\"limit\":\"PT1H\"}\n", "deadline", "--calendar", mall, "--batch");
    assertThat(r.code()).isZero();
    assertThat(r.out().strip()).isEqualTo("{\"deadline\":\"2026-10-04T10:30:00+08:00\"}");

    // a blank line is answered in its place, so output line N still answers input line N
    r = runWithInput("{\"from\":\"2026-10-01T19:00:00+08:00\",\"to\":\"2026-10-02T11:00:00+08:00\"}\n\n"
        + "{\"from\":\"2026-10-01T19:00:00+08:00\",\"to\":\"2026-10-01T20:00:00+08:00\"}\n", "elapsed", "--calendar", mall,
        "--batch");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.lines()).containsExactly("{\"elapsed\":\"PT2H\"}",
        "{\"error\":\"line 2: empty line; expected a JSON object\"}", "{\"elapsed\":\"PT1H\"}");

    // a byte-order mark before the first line is not part of it
    r = runWithInput("\uFEFF{\"start\":\"2026-10-03T19:30:00+08:00\",\"limit\":\"PT1H\"}\n", "deadline", "--calendar", mall,
        "--batch");
    assertThat(r.code()).isZero();
    assertThat(r.out().strip()).isEqualTo("{\"deadline\":\"2026-10-04T10:30:00+08:00\"}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"sample-mall", "sample-london-office"})
  void sharedCasesThroughBatchMode(String name) throws IOException {
    Path dir = calendarCases();
    String calendar = dir.resolve(name + ".json").toString();
    List<JsonNode> deadlines = new ArrayList<>();
    List<JsonNode> elapsed = new ArrayList<>();
    StringBuilder deadlineIn = new StringBuilder();
    StringBuilder elapsedIn = new StringBuilder();
    for (String line : Files.readAllLines(dir.resolve(name + ".jsonl"))) {
      if (line.isBlank()) {
        continue;
      }
      ObjectNode c = (ObjectNode) MAPPER.readTree(line);
      String kind = c.remove("kind").asText();
      JsonNode expected = c.remove("expected");
      if (kind.equals("elapsed")) {
        elapsed.add(expected);
        elapsedIn.append(MAPPER.writeValueAsString(c)).append('\n');
      } else {
        deadlines.add(expected);
        deadlineIn.append(MAPPER.writeValueAsString(c)).append('\n');
      }
    }
    Run d = runWithInput(deadlineIn.toString(), "deadline", "--calendar", calendar, "--batch");
    assertThat(d.code()).as(d.out()).isZero();
    assertThat(d.lines()).hasSize(deadlines.size());
    for (int i = 0; i < deadlines.size(); i++) {
      assertThat(OffsetDateTime.parse(MAPPER.readTree(d.lines().get(i)).get("deadline").asText()).toInstant())
          .as("deadline case %d", i + 1)
          .isEqualTo(OffsetDateTime.parse(deadlines.get(i).asText()).toInstant());
    }
    Run e = runWithInput(elapsedIn.toString(), "elapsed", "--calendar", calendar, "--batch");
    assertThat(e.code()).as(e.out()).isZero();
    assertThat(e.lines()).hasSize(elapsed.size());
    for (int i = 0; i < elapsed.size(); i++) {
      assertThat(Duration.parse(MAPPER.readTree(e.lines().get(i)).get("elapsed").asText()))
          .as("elapsed case %d", i + 1)
          .isEqualTo(Duration.parse(elapsed.get(i).asText()));
    }
  }

  @Test
  void validateListsEveryCalendarProblem() {
    Run r = run("validate", "--calendar", resource("broken.json"));
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains(
        ": field 'zone': ", ": field 'weekly.MONDAY[1]': ", ": field 'weekly.SATURDAY[0]': ",
        ": field 'weekly.HOLIDAY': ", ": field \"exceptions['2026-10-01'][0]\": ", ": field 'owner': ", "6 problems");
    r = run("validate", "--calendar", resource("closed-forever.json"));
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("field 'weekly'").contains("no open time");
    r = run("validate", "--calendar", resource("truncated.json"));
    assertThat(r.code()).isEqualTo(2);
    r = run("validate", "--calendar", resource("mall-hours.json"));
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("valid calendar");
  }
}
