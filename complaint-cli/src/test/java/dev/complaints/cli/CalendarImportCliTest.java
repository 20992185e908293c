package dev.complaints.cli;

import static dev.complaints.cli.ScoreCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.complaints.cli.ScoreCliTest.Result;
import dev.complaints.sla.calendar.BusinessCalendar;
import dev.complaints.sla.calendar.BusinessCalendars;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code calendar import}: year files of China's holiday data into one calendar file. */
class CalendarImportCliTest {
  @TempDir Path dir;

  @Test
  void importsTheBundledYearsAndAMadeUp2027() throws IOException {
    Path out = HolidayFiles.importCalendar(dir);
    BusinessCalendar imported = BusinessCalendars.read(Files.readString(out));
    assertThat(imported.id()).isEqualTo("cn-national");
    assertThat(imported.coveredFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(imported.coveredTo()).isEqualTo(LocalDate.of(2027, 12, 31));
    assertThat(imported.usesWeeklyRuleForUnknownYears()).isFalse();
    assertThat(imported.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse(); // the made-up holiday
    assertThat(imported.isWorkingDay(LocalDate.of(2027, 1, 4))).isTrue();
    assertThat(imported.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue(); // a transfer workday of the data
    // the same working days as the bundled calendar where both know them
    BusinessCalendar bundled = BusinessCalendars.cnNational();
    for (LocalDate d = LocalDate.of(2024, 1, 1); d.getYear() < 2027; d = d.plusDays(1)) {
      assertThat(imported.windows(d)).as(d.toString()).isEqualTo(bundled.windows(d));
    }
    assertThat(run("validate", "--calendar", out.toString()).code()).isZero();
    try (Stream<Path> all = Files.list(dir)) {
      assertThat(all.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void zoneAndWindowCanBeChosen() throws IOException {
    Path year = copy2027();
    Path out = dir.resolve("berlin.json");
    Result r = run("calendar", "import", "--id", "office", "--zone", "Europe/Berlin", "--window", "08:00-16:30",
        "--out", out.toString(), year.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains(out.toString(), "'office'", "2027-01-01 to 2027-12-31");
    BusinessCalendar c = BusinessCalendars.read(Files.readString(out));
    assertThat(c.zone().getId()).isEqualTo("Europe/Berlin");
    assertThat(c.windows(LocalDate.of(2027, 1, 4))).extracting(Object::toString).containsExactly("08:00-16:30");
  }

  @Test
  void badYearFilesAreOneLineNamingTheFileAndNothingIsWritten() throws IOException {
    Path out = dir.resolve("out.json");
    Files.writeString(out, "previous");
    Path bad = dir.resolve("2027.json");
    Files.writeString(bad, "{\"year\": 2027, \"dates\": [{\"date\": \"2027-01-01\", \"type\": \"holiday\"}]}");
    Result r = run("calendar", "import", "--id", "cn-national", "--out", out.toString(), bad.toString());
    assertThat(r.code()).isEqualTo(ComplaintCli.BAD_INPUT);
    assertThat(HolidayFiles.lines(r.err())).hasSize(1);
    assertThat(r.err().strip()).isEqualTo("error: " + bad + ": field 'dates[0].type': must be one of:"
        + " public_holiday, transfer_workday (found \"holiday\")");
    assertThat(Files.readString(out)).isEqualTo("previous");

    Path y2025 = dir.resolve("2025.json");
    Files.writeString(y2025, "{\"year\": 2025, \"dates\": []}");
    Result gap = run("calendar", "import", "--id", "cn", "--out", out.toString(), y2025.toString(),
        copy2027().toString());
    assertThat(gap.code()).isEqualTo(ComplaintCli.BAD_INPUT);
    assertThat(gap.err()).contains("consecutive");
    assertThat(Files.readString(out)).isEqualTo("previous");

    for (List<String> args : List.of(
        List.of("--id", "cn", "--zone", "Mars/Olympus"),
        List.of("--id", "cn", "--window", "9-5"),
        List.of("--id", " "))) {
      Result e = run(Stream.concat(Stream.of("calendar", "import", "--out", out.toString()),
          Stream.concat(args.stream(), Stream.of(y2025.toString()))).toArray(String[]::new));
      assertThat(e.code()).as(args.toString()).isEqualTo(ComplaintCli.BAD_INPUT);
      assertThat(HolidayFiles.lines(e.err())).as(args.toString()).hasSize(1);
    }
    Result missing = run("calendar", "import", "--id", "cn", "--out", out.toString(),
        dir.resolve("missing.json").toString());
    assertThat(missing.code()).isEqualTo(ComplaintCli.BAD_INPUT);
    assertThat(missing.err()).contains("missing.json");
    assertThat(Files.readString(out)).isEqualTo("previous");
  }

  @Test
  void calendarAloneAsksForTheSubcommand() {
    Result r = run("calendar");
    assertThat(r.code()).isEqualTo(ComplaintCli.BAD_INPUT);
    assertThat(r.err()).contains("import");
  }

  private Path copy2027() throws IOException {
    return HolidayFiles.madeUp2027(dir);
  }
}
