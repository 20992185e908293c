package dev.complaints.cli;

import static dev.complaints.cli.HolidayFiles.lines;
import static dev.complaints.cli.ScoreCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.core.json.Json;
import dev.complaints.cli.ScoreCliTest.Result;
import dev.complaints.sla.calendar.BusinessCalendars;
import dev.complaints.sla.policy.SlaPolicies;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --unknown-years refuse|weekly} on every command that times anything, {@code --calendar} on
 * {@code score} and {@code demo}, and {@code calendar import} with a made-up 2027 year file: a MAJOR ticket
 * whose HANDLING visit starts on 2026-12-28 has its 5th national working day in 2027.
 */
class UnknownYearsCliTest {
  private static final String START = "2026-12-28T11:30:00+08:00";

  @TempDir Path dir;
  private Path tickets;
  private Path national;

  @BeforeEach
  void files() throws IOException {
    tickets = HolidayFiles.copy("/unknown-years/late-december.jsonl", dir, "late-december.jsonl");
    national = dir.resolve("cn-national.json");
    Files.writeString(national, BusinessCalendars.toJsonString(BusinessCalendars.cnNational()));
  }

  // ---- score ------------------------------------------------------------------------------------

  @Test
  void scoreRefusesByDefaultWithOneLineNamingTheDateTheOptionAndTheImport() {
    Result r = score();
    assertThat(r.code()).isEqualTo(ComplaintCli.BAD_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(lines(r.err())).hasSize(1);
    // the calendar's CalendarRangeException reaches the command line as it is, which names the file and the
    // line: the date the HANDLING visit's 5th working day needs, the covered span and both ways out
    assertThat(r.err()).isEqualTo("error: " + tickets + ":1: calendar 'cn-national' has holiday data only"
        + " from 2024-01-01 to"
        + " 2026-12-31; 2027-01-01 (the 5th working day after 2026-12-28) is outside that span. Use"
        + " --unknown-years weekly to follow its weekly windows alone after 2026-12-31, or build a calendar file"
        + " with the missing years with 'calendar import' and pass it with --calendar" + System.lineSeparator());
    assertThat(score("--unknown-years", "refuse").err()).isEqualTo(r.err());
  }

  @Test
  void scoreOutsideTheRangeEveryCalendarSupportsIsOneErrorLineFromTheCalendar() throws IOException {
    // the same ticket in 2600: even the weekly rule cannot time it, and no option helps
    Path far = dir.resolve("far.jsonl");
    Files.writeString(far, Files.readString(tickets).replace("2026-12-", "2600-12-").replace("2027-01-", "2601-01-"));
    Result r = run("score", "--tickets", far.toString(), "--period", "2600-12", "--as-of", "2601-01-01T00:00:00Z",
        "--unknown-years", "weekly");
    assertThat(r.code()).isEqualTo(ComplaintCli.BAD_INPUT);
    assertThat(r.out()).isEmpty();
    List<String> lines = lines(r.err());
    assertThat(lines).hasSize(2); // the warning about the weekly rule, then the error
    assertThat(lines.get(1)).startsWith("error: " + far + ":1: calendar '")
        .contains("cannot answer for 2600-12-28, outside the supported range 1426-01-01 to 2513-12-31")
        .doesNotContain("--unknown-years");
  }

  @Test
  void scoreWithTheWeeklyRuleCountsFridayNewYearsDayAndWarnsOnce() throws IOException {
    Result r = score("--unknown-years", "weekly");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(lines(r.err())).hasSize(1);
    assertThat(r.err()).startsWith("warning: ").contains("2026-12-31", "--unknown-years weekly");
    // due at the end of Monday 2027-01-04 by the weekly rule; the visit ended on 01-05 at 12:00: one red light
    assertThat(redLights(r).get("RED_1").asInt()).isEqualTo(1);
  }

  @Test
  void scoreWithAnImportedCalendarUsesThe2027Holidays() throws IOException {
    Path imported = HolidayFiles.importCalendar(dir);
    Result r = score("--calendar", imported.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    // 2027-01-01 is a holiday in the imported data: due at the end of Tuesday 2027-01-05, met at 12:00 that day
    assertThat(redLights(r).get("RED_1").asInt()).isZero();
    // the quarter goes through the same policy
    Result q = run("score", "--tickets", tickets.toString(), "--quarter", "2026-Q4", "--as-of",
        "2027-01-10T00:00:00+08:00", "--calendar", imported.toString());
    assertThat(q.code()).as(q.err()).isZero();
    Result strict = run("score", "--tickets", tickets.toString(), "--quarter", "2026-Q4", "--as-of",
        "2027-01-10T00:00:00+08:00");
    assertThat(strict.code()).isEqualTo(ComplaintCli.BAD_INPUT);
    assertThat(lines(strict.err())).hasSize(1);
    assertThat(strict.err()).contains("2026-12-31", "--unknown-years weekly", "calendar import");
  }

  @Test
  void scoreTakesAPolicyFileAndItsOwnChoiceUnlessTheOptionSaysOtherwise() throws IOException {
    ObjectNode json = SlaPolicies.toJson(SlaPolicies.mallTicket());
    json.put("unknownYears", "weekly");
    Path policy = dir.resolve("policy.json");
    Files.writeString(policy, json.toString());
    Result weekly = score("--policy", policy.toString());
    assertThat(weekly.code()).as(weekly.err()).isZero();
    assertThat(lines(weekly.err())).hasSize(1);
    assertThat(redLights(weekly).get("RED_1").asInt()).isEqualTo(1);
    Result refused = score("--policy", policy.toString(), "--unknown-years", "refuse");
    assertThat(refused.code()).isEqualTo(ComplaintCli.BAD_INPUT);
    assertThat(refused.err()).contains("2026-12-31", "--unknown-years weekly");

    json.put("unknownYears", "sometimes");
    Files.writeString(policy, json.toString());
    Result bad = score("--policy", policy.toString());
    assertThat(bad.code()).isEqualTo(ComplaintCli.BAD_INPUT);
    assertThat(lines(bad.err())).hasSize(1);
    assertThat(bad.err()).contains(policy.toString(), "field 'unknownYears'", "refuse, weekly");
  }

  @Test
  void aBadChoiceIsOneErrorLine() {
    Result r = score("--unknown-years", "guess");
    assertThat(r.code()).isEqualTo(ComplaintCli.BAD_INPUT);
    assertThat(r.err()).isEqualTo("error: option '--unknown-years': 'guess' is not one of refuse, weekly"
        + System.lineSeparator());
  }

  /** A command that asks the bundled national calendar about a date past its data and lets the error escape. */
  @picocli.CommandLine.Command(name = "ask")
  static final class AskPastTheData implements java.util.concurrent.Callable<Integer> {
    @Override
    public Integer call() {
      BusinessCalendars.cnNational().isWorkingDay(java.time.LocalDate.of(2027, 1, 4));
      return 0;
    }
  }

  @Test
  void theCommandLineReportsACalendarRangeExceptionThatEscapesACommandInOneLineWithExitCode2() {
    picocli.CommandLine cli = ComplaintCli.commandLine();
    cli.addSubcommand(new AskPastTheData());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute("ask");
    cli.getErr().flush();
    assertThat(code).isEqualTo(ComplaintCli.BAD_INPUT);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).isEqualTo("error: calendar 'cn-national' has holiday data only from 2024-01-01 to"
        + " 2026-12-31; 2027-01-04 is outside that span. Use --unknown-years weekly to follow its"
        + " weekly windows alone after 2026-12-31, or build a calendar file with the missing years with 'calendar"
        + " import' and pass it with --calendar" + System.lineSeparator());
  }

  // ---- deadline and elapsed -------------------------------------------------------------------

  @Test
  void deadlineAndElapsedOnADatasetCalendarFileRefuseOrFollowTheWeeklyRule() throws IOException {
    Result refused = run("deadline", "--calendar", national.toString(), "--start", START, "--working-days", "5");
    assertThat(refused.code()).isEqualTo(ComplaintCli.BAD_INPUT);
    assertThat(lines(refused.err())).hasSize(1);
    assertThat(refused.err()).contains(national.toString(), "2026-12-31", "--unknown-years weekly",
        "calendar import");

    Result weekly = run("deadline", "--calendar", national.toString(), "--start", START, "--working-days", "5",
        "--unknown-years", "weekly");
    assertThat(weekly.out().trim()).isEqualTo("2027-01-05 00:00 +08:00");
    assertThat(lines(weekly.err())).hasSize(1);
    assertThat(weekly.err()).startsWith("warning: ").contains("2026-12-31");

    Result imported = run("deadline", "--calendar", HolidayFiles.importCalendar(dir).toString(), "--start", START,
        "--working-days", "5");
    assertThat(imported.out().trim()).isEqualTo("2027-01-06 00:00 +08:00");
    assertThat(imported.err()).isEmpty();

    Result elapsed = run("elapsed", "--calendar", national.toString(), "--from", START, "--to",
        "2027-01-04T10:00:00+08:00");
    assertThat(elapsed.code()).isEqualTo(ComplaintCli.BAD_INPUT);
    assertThat(elapsed.err()).contains("2026-12-31", "--unknown-years weekly", "calendar import");
    Result elapsedWeekly = run("elapsed", "--calendar", national.toString(), "--from", START, "--to",
        "2027-01-04T10:00:00+08:00", "--unknown-years", "weekly");
    // 28th 11:30-18:00, 29th-31st and Friday 1 January 09:00-18:00, 4 January 09:00-10:00
    assertThat(elapsedWeekly.out().trim()).isEqualTo("PT43H30M");
    assertThat(lines(elapsedWeekly.err())).hasSize(1);
  }

  @Test
  void aCalendarFileThatChoseTheWeeklyRuleKeepsItUnlessRefuseIsGiven() throws IOException {
    Path weeklyFile = dir.resolve("weekly.json");
    Files.writeString(weeklyFile,
        BusinessCalendars.toJsonString(BusinessCalendars.cnNational().withWeeklyRuleForUnknownYears()));
    Result kept = run("deadline", "--calendar", weeklyFile.toString(), "--start", START, "--working-days", "5");
    assertThat(kept.out().trim()).isEqualTo("2027-01-05 00:00 +08:00");
    assertThat(lines(kept.err())).hasSize(1);
    Result refused = run("deadline", "--calendar", weeklyFile.toString(), "--start", START, "--working-days", "5",
        "--unknown-years", "refuse");
    assertThat(refused.code()).isEqualTo(ComplaintCli.BAD_INPUT);
    assertThat(refused.err()).contains("2026-12-31");
  }

  @Test
  void batchLinesPastTheDataGetTheExplanationInTheirPlace() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String in = "{\"start\":\"" + START + "\",\"workingDays\":5}\n{\"start\":\"2026-12-01T10:00:00+08:00\","
        + "\"workingDays\":1}\n";
    int code = ComplaintCli.run(TestClocks.AFTER_THE_DATA, new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)),
        new PrintWriter(out), new PrintWriter(err), "deadline", "--calendar", national.toString(), "--batch");
    assertThat(code).isEqualTo(ComplaintCli.BAD_INPUT);
    List<String> answers = lines(out.toString());
    assertThat(answers).hasSize(2);
    assertThat(answers.get(0)).startsWith("{\"error\":\"line 1: ").contains("2026-12-31", "--unknown-years weekly");
    assertThat(answers.get(1)).isEqualTo("{\"deadline\":\"2026-12-03T00:00:00+08:00\"}");
  }

  // ---- demo -------------------------------------------------------------------------------------

  @Test
  void theDemoBoardSaysWhereTheCalendarDataEnds() throws IOException {
    Result text = run("demo");
    assertThat(text.code()).isZero();
    assertThat(text.out()).contains("calendar data ends 2026-12-31");
    JsonNode json = Json.mapper().readTree(run("demo", "--json").out());
    assertThat(json.get("calendarDataEnds").asText()).isEqualTo("2026-12-31");
    assertThat(json.get("unknownYears").asText()).isEqualTo("refuse");
  }

  @Test
  void aDemoMonthWhoseNextMonthIsPastTheDataIsRefusedOrRunWithTheWeeklyRule() throws IOException {
    Result refused = run("demo", "--month", "2026-12");
    assertThat(refused.code()).isEqualTo(ComplaintCli.BAD_INPUT);
    assertThat(refused.out()).isEmpty();
    assertThat(lines(refused.err())).hasSize(1);
    assertThat(refused.err()).contains("2026-12-31", "--unknown-years weekly", "calendar import");

    Result weekly = run("demo", "--month", "2026-12", "--unknown-years", "weekly");
    assertThat(weekly.code()).as(weekly.err()).isZero();
    assertThat(lines(weekly.err())).hasSize(1);
    assertThat(weekly.err()).startsWith("warning: ").contains("2026-12-31");
    assertThat(weekly.out()).contains("SLA board at 2026-12-31 16:30", "calendar data ends 2026-12-31",
        "--unknown-years weekly");

    Result imported = run("demo", "--month", "2027-03", "--calendar", HolidayFiles.importCalendar(dir).toString());
    assertThat(imported.code()).as(imported.err()).isZero();
    assertThat(imported.err()).isEmpty();
    assertThat(imported.out()).contains("calendar data ends 2027-12-31");
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private Result score(String... more) {
    List<String> args = new ArrayList<>(List.of("score", "--tickets", tickets.toString(), "--period", "2026-12",
        "--as-of", "2027-01-10T00:00:00+08:00"));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  private static JsonNode redLights(Result r) throws IOException {
    return Json.mapper().readTree(r.out()).at("/units/0/metrics/redLights");
  }
}
