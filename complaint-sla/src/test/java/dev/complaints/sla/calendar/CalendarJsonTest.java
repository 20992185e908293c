package dev.complaints.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.complaints.core.validation.Problem;
import dev.complaints.core.validation.ValidationException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The calendar file format: parsing, every validation problem with its path, round trips, the builder. */
class CalendarJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode json(String text) throws Exception {
    return MAPPER.readTree(text.replace('\'', '"'));
  }

  private static List<String> paths(List<Problem> problems) {
    return problems.stream().map(Problem::path).toList();
  }

  @Test
  void readsTheSpecExample() throws Exception {
    BusinessCalendar cal = BusinessCalendars.read(json("{'id':'mall-hours','zone':'Asia/Shanghai',"
        + "'weekly':{'MONDAY':['10:00-20:00'],'TUESDAY':['10:00-20:00'],'SUNDAY':['10:00-20:00']},"
        + "'exceptions':{'2026-10-01':[],'2026-09-20':['09:00-18:00']}}"));
    assertThat(cal.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    assertThat(cal.isWorkingDay(LocalDate.of(2026, 9, 20))).isTrue(); // a Sunday with special hours
    assertThat(cal.windows(LocalDate.of(2026, 9, 20))).containsExactly(TimeWindow.parse("09:00-18:00"));
    assertThat(cal.isWorkingDay(LocalDate.of(2026, 9, 23))).isFalse(); // Wednesday not listed
    assertThat(cal.isWorkingDay(LocalDate.of(2026, 9, 28))).isTrue(); // Monday
  }

  @Test
  void datesOutsideTheSupportedYearsAreProblemsNotCrashesOrEndlessChecks() throws Exception {
    // dates far apart once made the no-open-time check walk every date between them, and dates at the ends
    // of LocalDate's range made it throw a DateTimeException instead of listing a problem
    List<Problem> problems = BusinessCalendars.problems(json("{'id':'x','zone':'Europe/Berlin',"
        + "'weekly':{'MONDAY':['09:00-10:00']},"
        + "'exceptions':{'-99999999-01-01':[],'+99999999-12-01':[],'+999999999-12-31':['22:00-02:00'],"
        + "'2026-10-01':[]}}"));
    assertThat(paths(problems)).containsExactly(
        "$.exceptions['-99999999-01-01']",
        "$.exceptions['+99999999-12-01']",
        "$.exceptions['+999999999-12-31']");
    assertThat(problems.get(0).message())
        .isEqualTo("must be a date between 1426-01-01 and 2513-12-31 (found \"-99999999-01-01\")");
    problems = BusinessCalendars.problems(json("{'id':'x','zone':'Europe/Berlin',"
        + "'weekly':{'MONDAY':['09:00-10:00']},'covered':{'from':'-99999999-01-01','to':'+99999999-12-31'}}"));
    assertThat(paths(problems)).containsExactly("$.covered.from", "$.covered.to");
    assertThatThrownBy(() -> BusinessCalendar.builder("x", ZoneId.of("UTC")).weekdays("09:00-17:00")
            .closed(LocalDate.MIN).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("$.exceptions['-999999999-01-01']");
    // the ends of the supported years are fine
    BusinessCalendar edge = BusinessCalendar.builder("x", ZoneId.of("UTC")).weekdays("09:00-17:00")
        .closed(LocalDate.of(1426, 1, 1)).closed(LocalDate.of(2513, 12, 31)).build();
    assertThat(edge.isWorkingDay(LocalDate.of(2513, 12, 31))).isFalse();
  }

  @Test
  void listsEveryProblemWithItsPath() throws Exception {
    List<Problem> problems = BusinessCalendars.problems(json("{'id':'x','zone':'Mars/Olympus',"
        + "'weekly':{'MONDAY':['09:00-12:00','11:00-13:00','25:00-26:00'],'FUNDAY':['09:00-10:00'],"
        + "'SATURDAY':['22:00-03:00'],'SUNDAY':['02:00-05:00','nine to five']},"
        + "'exceptions':{'2026-13-01':[],'2026-10-11':['01:00-04:00'],'2026-10-04':['08:00-09:00']},"
        + "'colour':'blue'}"));
    assertThat(paths(problems)).contains(
        "$.colour",
        "$.zone",
        "$.weekly.FUNDAY",
        "$.weekly.MONDAY[1]",
        "$.weekly.MONDAY[2]",
        "$.weekly.SUNDAY[1]",
        "$.weekly.SATURDAY[0]",
        "$.exceptions['2026-13-01']",
        "$.exceptions['2026-10-11'][0]"); // Sunday 01:00, inside Saturday's window running to 03:00
    assertThat(problems).hasSize(9);
    assertThat(problems).contains(
        Problem.of("$.colour", "unknown field (allowed: id, zone, weekly, exceptions, covered, "
            + "weeklyRuleForUnknownYears)"),
        Problem.of("$.zone", "must be a time zone id such as Asia/Shanghai (found \"Mars/Olympus\")"),
        Problem.of("$.weekly.FUNDAY",
            "unknown field (allowed: MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY)"),
        Problem.of("$.weekly.MONDAY[2]", "must be a window whose start has hours 00-23, minutes and seconds 00-59,"
            + " and 24:00 only as an end (found \"25:00-26:00\")"),
        Problem.of("$.weekly.SUNDAY[1]", "must be a window HH:MM-HH:MM such as 09:00-18:00, 22:00-02:00 or"
            + " 00:00-24:00 (found \"nine to five\")"),
        Problem.of("$.exceptions['2026-13-01']", "must be an ISO date such as 2026-10-01 (found \"2026-13-01\")"));
    assertThatThrownBy(() -> BusinessCalendars.read(json("{'id':'x','zone':'Mars/Olympus','weekly':{}}")))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(paths(((ValidationException) e).problems())).contains("$.zone", "$.weekly"));
  }

  @Test
  void exceptionOverlappingTheNeighbouringDaysWindow() throws Exception {
    // Saturday 22:00-03:00 runs into Sunday; an exception on Sunday 2026-10-11 opening at 01:00 overlaps it
    List<Problem> problems = BusinessCalendars.problems(json("{'id':'x','zone':'Europe/London',"
        + "'weekly':{'SATURDAY':['22:00-03:00'],'MONDAY':['09:00-17:00']},"
        + "'exceptions':{'2026-10-11':['01:00-04:00'],'2026-10-04':[],'2026-10-18':['04:00-06:00'],"
        + "'2026-10-16':['20:00-10:00'],'2026-10-25':['20:00-10:00']}}"));
    assertThat(paths(problems)).containsExactlyInAnyOrder(
        "$.exceptions['2026-10-11'][0]", // inside Saturday 10-10's window running to 03:00
        "$.exceptions['2026-10-25'][0]"); // runs into Monday 10-26's 09:00-17:00 (Friday 10-16's does not)
  }

  @Test
  void noOpenTimeWithinAYearIsRejected() throws Exception {
    assertThat(paths(BusinessCalendars.problems(json("{'id':'x','zone':'UTC','weekly':{}}"))))
        .containsExactly("$.weekly");
    BusinessCalendar.Builder b = BusinessCalendar.builder("x", ZoneId.of("UTC")).weekly(DayOfWeek.MONDAY, "09:00-10:00");
    for (LocalDate d = LocalDate.of(2026, 1, 1); d.isBefore(LocalDate.of(2027, 1, 10)); d = d.plusDays(1)) {
      b.closed(d);
    }
    assertThat(paths(b.problems())).containsExactly("$.exceptions");
    assertThatThrownBy(b::build).isInstanceOf(ValidationException.class).hasMessageContaining("no open time");
  }

  @Test
  void notJsonIsOneProblemAtTheRoot() {
    assertThatThrownBy(() -> BusinessCalendars.read(
        "{\"id\":\"x\",\"zone\":\"UTC\",\"weekly\":{\"MONDAY\":[\"09:00-10:00\"],\"MONDAY\":[]}}"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
            .containsExactly(Problem.of("$.weekly.MONDAY", "duplicate key")));
    assertThatThrownBy(() -> BusinessCalendars.read("{ not json"))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(paths(((ValidationException) e).problems())).containsExactly("$"));
  }

  @Test
  void roundTripsThroughJson() throws Exception {
    for (BusinessCalendar cal : List.of(BusinessCalendars.mallHours(), BusinessCalendars.cnNational(),
        BusinessCalendars.cnNational().withWeeklyRuleForUnknownYears(), RandomCalendars.calendar(42),
        RandomCalendars.calendar(7))) {
      String text = BusinessCalendars.toJsonString(cal);
      BusinessCalendar back = BusinessCalendars.read(text);
      assertThat(back).isEqualTo(cal);
      assertThat(back.hashCode()).isEqualTo(cal.hashCode());
      assertThat(BusinessCalendars.toJsonString(back)).isEqualTo(text);
      assertThat(BusinessCalendars.read(BusinessCalendars.toJson(cal))).isEqualTo(cal);
      assertThat(BusinessCalendars.problems(BusinessCalendars.toJson(cal))).isEmpty();
    }
    String shared = java.nio.file.Files.readString(SharedExamples.calendarCases().resolve("sample-london-office.json"));
    BusinessCalendar london = BusinessCalendars.read(shared);
    assertThat(BusinessCalendars.read(BusinessCalendars.toJson(london))).isEqualTo(london);
  }

  @Test
  void builderWindowsOfAllKinds() {
    BusinessCalendar cal = BusinessCalendar.builder("night-desk", ZoneId.of("Europe/Berlin"))
        .weekly(DayOfWeek.MONDAY, "00:00-24:00")
        .weekly(DayOfWeek.TUESDAY, "08:00-12:00", "13:00-17:00")
        .weekly(DayOfWeek.FRIDAY, "22:00-02:00")
        .closed(LocalDate.of(2026, 3, 30))
        .exception(LocalDate.of(2026, 4, 4), "10:00-11:00")
        .build();
    Instant fri = OffsetDateTime.parse("2026-03-27T23:00:00+01:00").toInstant();
    assertThat(cal.isOpen(fri)).isTrue();
    // Friday 22:00 to Saturday 02:00 is four hours of working time
    assertThat(cal.between(OffsetDateTime.parse("2026-03-27T21:00:00+01:00").toInstant(),
        OffsetDateTime.parse("2026-03-28T03:00:00+01:00").toInstant())).isEqualTo(Duration.ofHours(4));
    // Saturday is not a working day even though Friday's window reaches into it
    assertThat(cal.isWorkingDay(LocalDate.of(2026, 3, 28))).isFalse();
    assertThat(cal.isWorkingDay(LocalDate.of(2026, 3, 27))).isTrue();
    // a start inside Friday's past-midnight window: the start day is Saturday, the first working day after
    // it is Tuesday (Monday 03-30 is closed)
    Instant sat = OffsetDateTime.parse("2026-03-28T01:00:00+01:00").toInstant();
    assertThat(cal.addWorkingDays(sat, 1, DueAt.CLOSE_OF_BUSINESS))
        .isEqualTo(OffsetDateTime.parse("2026-03-31T17:00:00+02:00").toInstant());
    // CLOSE_OF_BUSINESS of a past-midnight window is on the next date
    assertThat(cal.addWorkingDays(OffsetDateTime.parse("2026-04-02T10:00:00+02:00").toInstant(), 1,
        DueAt.CLOSE_OF_BUSINESS)).isEqualTo(OffsetDateTime.parse("2026-04-04T02:00:00+02:00").toInstant());
    // exceptions replace only their own date's windows; Saturday 04-04 has special hours
    assertThat(cal.isWorkingDay(LocalDate.of(2026, 4, 4))).isTrue();
  }

  @Test
  void daylightSavingCountsRealElapsedTime() {
    BusinessCalendar cal = BusinessCalendar.builder("dst", ZoneId.of("Europe/Berlin")).everyDay("00:00-24:00").build();
    // 2026-03-29: spring forward, a 23 h day; 2026-10-25: fall back, a 25 h day
    assertThat(cal.between(LocalDate.of(2026, 3, 29).atStartOfDay(cal.zone()).toInstant(),
        LocalDate.of(2026, 3, 30).atStartOfDay(cal.zone()).toInstant())).isEqualTo(Duration.ofHours(23));
    assertThat(cal.between(LocalDate.of(2026, 10, 25).atStartOfDay(cal.zone()).toInstant(),
        LocalDate.of(2026, 10, 26).atStartOfDay(cal.zone()).toInstant())).isEqualTo(Duration.ofHours(25));
    BusinessCalendar office = BusinessCalendar.builder("o", ZoneId.of("America/New_York"))
        .everyDay("01:00-04:00").build();
    // 2026-03-08 02:00 -> 03:00: the window loses an hour
    Instant d = LocalDate.of(2026, 3, 8).atStartOfDay(office.zone()).toInstant();
    assertThat(office.between(d, d.plus(Duration.ofDays(1)))).isEqualTo(Duration.ofHours(2));
    // SAME_TIME in the gap moves forward by the gap
    Instant start = OffsetDateTime.parse("2026-03-07T02:30:00-05:00").toInstant();
    assertThat(office.addWorkingDays(start, 1, DueAt.SAME_TIME))
        .isEqualTo(OffsetDateTime.parse("2026-03-08T03:30:00-04:00").toInstant());
  }

  @Test
  void chinaDatasetImportReportsBadEntries() throws Exception {
    JsonNode bad = json("{'year':2026,'dates':[{'date':'2026-10-01','type':'public_holiday'},"
        + "{'date':'2025-10-01','type':'public_holiday'},{'date':'2026-10-10','type':'day_off'}]}");
    assertThatThrownBy(() -> BusinessCalendars.importChinaDataset("cn", ZoneId.of("Asia/Shanghai"),
        TimeWindow.parse("09:00-18:00"), List.of(bad)))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems()).containsExactly(
            Problem.of("$[0].dates[1].date", "must be a date of the file's year 2026 (found \"2025-10-01\")"),
            Problem.of("$[0].dates[2].type",
                "must be one of: public_holiday, transfer_workday (found \"day_off\")")));
    List<JsonNode> years = new java.util.ArrayList<>();
    for (java.nio.file.Path file : SharedExamples.chinaHolidayFiles()) {
      years.add(MAPPER.readTree(java.nio.file.Files.readString(file)));
    }
    BusinessCalendar fromFiles = BusinessCalendars.importChinaDataset("cn-national", ZoneId.of("Asia/Shanghai"),
        TimeWindow.parse("09:00-18:00"), years);
    assertThat(fromFiles).isEqualTo(BusinessCalendars.cnNational());
  }

  @Test
  void windowTexts() {
    assertThat(TimeWindow.parse("22:00-02:00").crossesMidnight()).isTrue();
    assertThat(TimeWindow.parse("00:00-24:00")).isEqualTo(TimeWindow.wholeDay());
    assertThat(TimeWindow.parse("09:00:30-18:00").toString()).isEqualTo("09:00:30-18:00");
    assertThatThrownBy(() -> TimeWindow.parse("24:00-02:00")).hasMessageContaining("24:00 only as an end");
    assertThatThrownBy(() -> TimeWindow.parse("9-5")).hasMessageContaining("HH:MM-HH:MM");
  }
}
