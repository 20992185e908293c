package dev.complaints.sla.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.core.model.Grade;
import dev.complaints.core.validation.Problem;
import dev.complaints.sla.calendar.BusinessCalendars;
import dev.complaints.sla.calendar.CalendarRangeException;
import dev.complaints.sla.timer.StageVisit;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The policy's explicit choice for dates beyond the years of a holiday-dataset calendar. */
class UnknownYearsPolicyTest {
  /** MAJOR handling entered on Monday 2026-12-28, 10:00 in Shanghai: its 5th working day lies in 2027. */
  private static final StageVisit LATE_DECEMBER = StageVisit.of("HANDLING", Grade.MAJOR,
      at("2026-12-28T10:00:00"), null);
  private static final Instant NOW = at("2026-12-29T10:00:00");

  @Test
  void refuseIsTheDefaultAndNamesTheLastCoveredDate() {
    SlaPolicy strict = SlaPolicies.mallTicket();
    assertThat(strict.unknownYears()).isEqualTo(UnknownYears.REFUSE);
    // the calendar's own exception, as it is: the 5th working day after 2026-12-28 needs 2027-01-01
    assertThatThrownBy(() -> strict.evaluate(LATE_DECEMBER, NOW))
        .isExactlyInstanceOf(CalendarRangeException.class)
        .hasNoCause()
        .isInstanceOfSatisfying(CalendarRangeException.class, gap -> {
          assertThat(gap.calendarId()).isEqualTo("cn-national");
          assertThat(gap.date()).isEqualTo(LocalDate.of(2027, 1, 1));
          assertThat(gap.coveredFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
          assertThat(gap.coveredTo()).isEqualTo(LocalDate.of(2026, 12, 31));
          assertThat(gap.holidayData()).isTrue();
        });
  }

  @Test
  void weeklyFollowsMondayToFridayPastTheData() {
    SlaPolicy weekly = SlaPolicies.mallTicket().toBuilder().unknownYears(UnknownYears.WEEKLY).build();
    assertThat(weekly.unknownYears()).isEqualTo(UnknownYears.WEEKLY);
    assertThat(weekly.calendars().find("cn-national").orElseThrow().usesWeeklyRuleForUnknownYears()).isTrue();
    // 12-29, 12-30, 12-31 from the dataset, then Friday 2027-01-01 and Monday 2027-01-04 by the weekly rule
    assertThat(weekly.evaluate(LATE_DECEMBER, NOW).orElseThrow().deadline()).isEqualTo(at("2027-01-05T00:00:00"));
    // a calendar without a covered span is unchanged
    assertThat(weekly.calendars().find("mall-hours")).contains(BusinessCalendars.mallHours());
    // the choice survives toBuilder, and can be taken back
    assertThat(weekly.toBuilder().build().unknownYears()).isEqualTo(UnknownYears.WEEKLY);
    SlaPolicy back = weekly.toBuilder().unknownYears(UnknownYears.REFUSE).build();
    assertThat(back).isEqualTo(SlaPolicies.mallTicket());
    assertThatThrownBy(() -> back.evaluate(LATE_DECEMBER, NOW)).isInstanceOf(CalendarRangeException.class);
    assertThat(weekly).isNotEqualTo(SlaPolicies.mallTicket());
  }

  @Test
  void theJsonFieldIsReadWrittenAndRoundTrips() {
    ObjectNode json = SlaPolicies.toJson(SlaPolicies.mallTicket());
    assertThat(json.get("unknownYears").asText()).isEqualTo("refuse");
    json.put("unknownYears", "weekly");
    SlaPolicy weekly = SlaPolicies.read(json);
    assertThat(weekly.unknownYears()).isEqualTo(UnknownYears.WEEKLY);
    assertThat(SlaPolicies.toJson(weekly).get("unknownYears").asText()).isEqualTo("weekly");
    assertThat(SlaPolicies.read(SlaPolicies.toJsonString(weekly))).isEqualTo(weekly);
    assertThat(weekly.evaluate(LATE_DECEMBER, NOW).orElseThrow().deadline()).isEqualTo(at("2027-01-05T00:00:00"));
    json.remove("unknownYears");
    assertThat(SlaPolicies.read(json).unknownYears()).isEqualTo(UnknownYears.REFUSE);
  }

  @Test
  void aBadValueIsAProblemAtItsPathNamingTheAllowedValues() {
    for (String bad : List.of("\"WEEKLY\"", "\"guess\"", "true", "1")) {
      ObjectNode json = SlaPolicies.toJson(SlaPolicies.mallTicket());
      json.set("unknownYears", parse(bad));
      List<Problem> problems = SlaPolicies.problems(json);
      assertThat(problems).as(bad).hasSize(1);
      assertThat(problems.get(0).path()).isEqualTo("$.unknownYears");
      assertThat(problems.get(0).message()).contains("refuse, weekly").contains(bad);
    }
  }

  @Test
  void calendarDataEndsIsTheLastCoveredDateOfTheCalendarsTheTargetsName() {
    assertThat(SlaPolicies.mallTicket().calendarDataEnds()).isEqualTo(LocalDate.of(2026, 12, 31));
    // the weekly rule does not move the end of the data
    assertThat(SlaPolicies.mallTicket().toBuilder().unknownYears(UnknownYears.WEEKLY).build().calendarDataEnds())
        .isEqualTo(LocalDate.of(2026, 12, 31));
    SlaPolicy mallOnly = SlaPolicy.builder("mall-only")
        .target(SlaTarget.builder("GRADING").node("GRADING").clock(ClockKind.BUSINESS_HOURS, "mall-hours")
            .limit(Duration.ofHours(1)).build())
        .build();
    assertThat(mallOnly.calendarDataEnds()).isNull();
  }

  private static JsonNode parse(String text) {
    try {
      return dev.complaints.core.json.Json.mapper().readTree(text);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Instant at(String local) {
    return OffsetDateTime.parse(local + "+08:00").toInstant();
  }
}
