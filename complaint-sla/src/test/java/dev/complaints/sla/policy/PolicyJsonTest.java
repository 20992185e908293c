package dev.complaints.sla.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.complaints.core.json.Json;
import dev.complaints.core.model.Grade;
import dev.complaints.core.validation.Problem;
import dev.complaints.core.validation.ValidationException;
import dev.complaints.sla.calendar.BusinessCalendar;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyJsonTest {
  private static final ObjectMapper MAPPER = Json.mapper();

  private static JsonNode json(String text) throws Exception {
    return MAPPER.readTree(text.replace('\'', '"'));
  }

  private static List<String> paths(List<Problem> problems) {
    return problems.stream().map(Problem::path).toList();
  }

  @Test
  void presetsRoundTripWithoutLoss() {
    for (SlaPolicy p : SlaPolicies.presets().values()) {
      JsonNode written = SlaPolicies.toJson(p);
      assertThat(SlaPolicies.problems(written)).isEmpty();
      SlaPolicy back = SlaPolicies.read(written);
      assertThat(back).isEqualTo(p);
      assertThat(SlaPolicies.toJson(back)).isEqualTo(written);
      assertThat(SlaPolicies.read(SlaPolicies.toJsonString(p))).isEqualTo(p);
    }
  }

  @Test
  void mallTicketPresetHasTheSeedLimits() {
    SlaPolicy p = SlaPolicies.mallTicket();
    assertThat(p.id()).isEqualTo("mall-ticket");
    assertThat(p.targets()).extracting(SlaTarget::name)
        .containsExactly("GRADING", "PLANNING", "CUSTOMER_FEEDBACK", "HANDLING", "RETURN_VISIT", "REPORT");
    SlaTarget grading = p.nodeTarget("GRADING").orElseThrow();
    assertThat(grading.limitFor(Grade.CRITICAL)).isEqualTo(Limit.businessHours(Duration.ofHours(1), "mall-hours"));
    SlaTarget handling = p.nodeTarget("HANDLING").orElseThrow();
    assertThat(handling.limitFor(Grade.GENERAL)).isEqualTo(Limit.continuous(Duration.ofHours(24)));
    assertThat(handling.limitFor(Grade.SERIOUS)).isEqualTo(Limit.continuous(Duration.ofHours(48)));
    assertThat(handling.limitFor(Grade.MAJOR)).isEqualTo(Limit.workingDays(5, "cn-national"));
    assertThat(handling.limitFor(Grade.CRITICAL)).isEqualTo(Limit.workingDays(5, "cn-national"));
    assertThat(p.nodeTarget("RETURN_VISIT").orElseThrow().limitFor(Grade.GENERAL))
        .isEqualTo(Limit.businessHours(Duration.ofHours(50), "mall-hours"));
    assertThat(p.alertLadder()).isEqualTo(AlertLadder.DEFAULT);
    // The mall-ticket table, every node and every grade.
    for (Grade g : Grade.values()) {
      assertThat(p.nodeTarget("GRADING").orElseThrow().limitFor(g))
          .isEqualTo(Limit.businessHours(Duration.ofHours(1), "mall-hours"));
      assertThat(p.nodeTarget("PLANNING").orElseThrow().limitFor(g))
          .isEqualTo(Limit.businessHours(Duration.ofHours(4), "mall-hours"));
      assertThat(p.nodeTarget("CUSTOMER_FEEDBACK").orElseThrow().limitFor(g))
          .isEqualTo(Limit.businessHours(Duration.ofHours(6), "mall-hours"));
      assertThat(p.nodeTarget("RETURN_VISIT").orElseThrow().limitFor(g))
          .isEqualTo(Limit.businessHours(Duration.ofHours(50), "mall-hours"));
    }
    // no mall-ticket node pauses, and the written preset says nothing of pausing
    assertThat(p.targets()).allSatisfy(t -> assertThat(t.pauseWhile()).isEqualTo(PauseWhile.NEVER));
    assertThat(SlaPolicies.toJsonString(p)).doesNotContain("pauseWhile");
    assertThat(p.targets()).filteredOn(t -> !t.name().equals("REPORT"))
        .allSatisfy(t -> assertThat(t.node()).isEqualTo(t.name()));
    // reporting upward spans nodes: from the receipt of a MAJOR or CRITICAL complaint to its report
    SlaTarget report = p.target("REPORT").orElseThrow();
    assertThat(report.node()).isNull();
    assertThat(report.start()).containsExactly(Trigger.major());
    assertThat(report.stop()).containsExactly(Trigger.reported());
    for (Grade g : Grade.values()) {
      assertThat(report.limitFor(g)).isEqualTo(Limit.continuous(Duration.ofHours(2)));
    }
    // mall-hours: 10:00-20:00 on every date, holidays included; both calendars in Asia/Shanghai.
    BusinessCalendar mall = p.calendars().find("mall-hours").orElseThrow();
    assertThat(mall.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    assertThat(p.calendars().find("cn-national").orElseThrow().zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    for (String date : List.of("2026-10-01", "2026-02-17", "2026-10-10", "2026-10-11", "2025-01-01")) {
      assertThat(mall.isOpen(java.time.OffsetDateTime.parse(date + "T10:00:00+08:00").toInstant())).isTrue();
      assertThat(mall.isOpen(java.time.OffsetDateTime.parse(date + "T19:59:59+08:00").toInstant())).isTrue();
      assertThat(mall.isOpen(java.time.OffsetDateTime.parse(date + "T20:00:00+08:00").toInstant())).isFalse();
      assertThat(mall.isOpen(java.time.OffsetDateTime.parse(date + "T09:59:59+08:00").toInstant())).isFalse();
    }
  }

  @Test
  void sevenStepSpansNodes() {
    SlaPolicy p = SlaPolicies.sevenStep();
    SlaTarget reply = p.target("CUSTOMER_REPLY").orElseThrow();
    assertThat(reply.node()).isNull();
    assertThat(reply.start()).containsExactly(Trigger.received());
    assertThat(reply.stop()).containsExactly(Trigger.enter("CUSTOMER_AGREEMENT"), Trigger.closed());
    assertThat(reply.limitFor(Grade.GENERAL)).isEqualTo(Limit.workingDays(5, "cn-national"));
    assertThat(p.nodeTarget("DEPARTMENT_HANDLING").orElseThrow().limitFor(Grade.MAJOR))
        .isEqualTo(Limit.workingDays(3, "cn-national"));
    assertThat(p.target("RETURN_VISIT").orElseThrow().start()).containsExactly(Trigger.leave("IMPLEMENTATION"));
    assertThat(SlaPolicies.retailPlan().targets()).isNotEmpty();
  }

  @Test
  void builderAndJsonAgree() throws Exception {
    SlaPolicy built = SlaPolicy.builder("p")
        .alertLadder(AlertLadder.withRedPoints(new BigDecimal("1.25"), new BigDecimal("3")))
        .target(SlaTarget.builder("A").node("A").clock(ClockKind.BUSINESS_HOURS, "mall-hours")
            .limit(Duration.ofHours(2)).limit(Grade.CRITICAL, Limit.continuous(Duration.ofMinutes(30))).build())
        .target(SlaTarget.builder("B").startOn(Trigger.received()).stopOn(Trigger.leave("A"))
            .pauseWhile(new PauseWhile(false, List.of("WAIT")))
            .clock(ClockKind.WORKING_DAYS, "cn-national").limitWorkingDays(2).build())
        .build();
    SlaPolicy read = SlaPolicies.read(json("{'id':'p','alerts':{'red2':1.25,'red3':3},'targets':["
        + "{'name':'A','node':'A','clock':'BUSINESS_HOURS','calendar':'mall-hours','limit':'PT2H',"
        + " 'limits':{'CRITICAL':{'duration':'PT30M','clock':'CONTINUOUS'}}},"
        + "{'name':'B','start':[{'on':'RECEIVED'}],'stop':[{'on':'LEAVE','node':'A'}],"
        + " 'pauseWhile':{'clockPaused':false,'nodes':['WAIT']},"
        + " 'clock':'WORKING_DAYS','calendar':'cn-national','limit':{'workingDays':2}}]}"));
    assertThat(read).isEqualTo(built);
    assertThat(SlaPolicies.read(SlaPolicies.toJson(built))).isEqualTo(built);
  }

  @Test
  void validationListsEveryProblemWithItsPath() throws Exception {
    JsonNode bad = json("{'id':'broken','colour':'red','targets':["
        + "{'name':'GRADING','node':'GRADING','clock':'SOMETIMES','limit':'PT1H'},"
        + "{'name':'HANDLING','node':'HANDLING','clock':'CONTINUOUS','limits':{'GENERAL':'PT24H','SERIOUS':'-PT2H',"
        + "  'MAJOR':{'workingDays':5,'clock':'WORKING_DAYS','calendar':'moon-calendar'}}},"
        + "{'name':'PLANNING','node':'PLANNING','clock':'BUSINESS_HOURS','calendar':'nowhere','limit':'PT4H',"
        + "  'extra':1},"
        + "{'name':'X','start':[{'on':'ENTER'}],'clock':'CONTINUOUS','limit':'soon'}]}");
    List<Problem> problems = SlaPolicies.problems(bad);
    assertThat(paths(problems)).containsExactlyInAnyOrder(
        "$.colour",
        "$.targets[0].clock",
        "$.targets[1].limits.SERIOUS",
        "$.targets[1].limits.MAJOR.calendar",
        "$.targets[1].limits.CRITICAL",
        "$.targets[2].extra",
        "$.targets[2].calendar",
        "$.targets[3].start[0].node",
        "$.targets[3].stop",
        "$.targets[3].limit");
    assertThat(problems).contains(
        Problem.of("$.colour", "unknown field (allowed: id, description, unknownYears, alerts, targets)"),
        Problem.of("$.targets[0].clock",
            "must be one of: CONTINUOUS, BUSINESS_HOURS, WORKING_DAYS (found \"SOMETIMES\")"),
        Problem.of("$.targets[1].limits.SERIOUS", "must be a positive ISO-8601 duration such as PT4H (found \"-PT2H\")"),
        Problem.of("$.targets[1].limits.MAJOR.calendar",
            "unknown calendar 'moon-calendar' (allowed: cn-national, mall-hours)"),
        Problem.of("$.targets[1].limits.CRITICAL", "missing required field (limits must give every grade when there is no limit)"),
        Problem.of("$.targets[2].calendar", "unknown calendar 'nowhere' (allowed: cn-national, mall-hours)"),
        Problem.of("$.targets[3].start[0].node", "missing required field (ENTER and LEAVE triggers name their node)"),
        Problem.of("$.targets[3].stop", "missing required field (a target without a node needs start and stop triggers)"),
        Problem.of("$.targets[3].limit", "must be a positive ISO-8601 duration such as PT4H (found \"soon\")"));
    assertThatThrownBy(() -> SlaPolicies.read(bad))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.problems()).hasSize(problems.size()))
        .hasMessageContaining("$.targets[1].limits.SERIOUS");
  }

  @Test
  void moreProblems() throws Exception {
    assertThat(paths(SlaPolicies.problems(json("[1]")))).containsExactly("$");
    assertThat(paths(SlaPolicies.problems(json("{'targets':[]}")))).containsExactly("$.id", "$.targets");
    assertThat(paths(SlaPolicies.problems(json("{'id':'x','alerts':{'yellow':1.5,'red2':0.9,'red3':0.5},"
        + "'targets':[{'name':'A','node':'A','clock':'CONTINUOUS','calendar':'mall-hours','limit':'PT0S'},"
        + "{'name':'A','node':'A','clock':'WORKING_DAYS','calendar':'cn-national','limit':'PT1H'},"
        + "{'name':'C','node':'C','clock':'WORKING_DAYS','calendar':'cn-national','limit':{'workingDays':0}},"
        + "{'name':'D','node':'D','clock':'BUSINESS_HOURS','limit':{'workingDays':1.5}},"
        + "{'name':'E','node':'E','start':[{'on':'RECEIVED'}],'clock':'CONTINUOUS',"
        + " 'limits':{'URGENT':'PT1H','GENERAL':'PT1H','SERIOUS':'PT1H','MAJOR':'PT1H','CRITICAL':'PT1H'}}]}"))))
        .containsExactlyInAnyOrder(
            "$.alerts.yellow", "$.alerts.red2", "$.alerts.red3",
            "$.targets[0].calendar", "$.targets[0].limit",
            "$.targets[1].name", "$.targets[1].node", "$.targets[1].limit",
            "$.targets[2].limit.workingDays",
            "$.targets[3].calendar", "$.targets[3].limit.workingDays", "$.targets[3].limit.workingDays",
            "$.targets[4].start", "$.targets[4].limits.URGENT");
    assertThatThrownBy(() -> SlaPolicies.read("{not json"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("not valid JSON");
  }

  @Test
  void hostCalendarsCanBeNamed() throws Exception {
    BusinessCalendar office = BusinessCalendar.builder("office", ZoneId.of("Europe/Berlin"))
        .weekdays("09:00-17:00").build();
    JsonNode doc = json("{'id':'o','targets':[{'name':'A','node':'A','clock':'BUSINESS_HOURS',"
        + "'calendar':'office','limit':'PT8H'}]}");
    assertThat(paths(SlaPolicies.problems(doc))).containsExactly("$.targets[0].calendar");
    CalendarLookup lookup = CalendarLookup.of(office).orElse(CalendarLookup.builtIn());
    assertThat(SlaPolicies.problems(doc, lookup)).isEmpty();
    SlaPolicy p = SlaPolicies.read(doc, lookup);
    assertThat(p.calendars().find("office")).contains(office);
    assertThat(lookup.ids()).contains("office", "mall-hours", "cn-national");
  }

  @Test
  void textIsReadStrictlyAndExactly() {
    // A key given twice is not silently the last one.
    assertThatThrownBy(() -> SlaPolicies.read("{\"id\":\"p\",\"id\":\"q\",\"targets\":[{\"name\":\"A\","
        + "\"node\":\"A\",\"clock\":\"CONTINUOUS\",\"limit\":\"PT1H\"}]}"))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.problems()).containsExactly(Problem.of("$.id", "duplicate key")));
    // Alert points are exact decimals: a point just above 1 survives the round trip through text.
    SlaPolicy precise = SlaPolicy.builder("p")
        .alertLadder(new AlertLadder(new BigDecimal("0.6000000000000000001"), new BigDecimal("1.000000000000000000001"),
            new BigDecimal("2.5")))
        .target(SlaTarget.builder("A").node("A").continuous().limit(Duration.ofHours(1)).build())
        .build();
    assertThat(SlaPolicies.read(SlaPolicies.toJsonString(precise))).isEqualTo(precise);
  }

  @Test
  void whatTheBuilderAcceptsTheJsonReadsBack() throws Exception {
    // A blank description would be written and then rejected by the reader: the builder refuses it too.
    assertThatThrownBy(() -> SlaPolicies.mallTicket().toBuilder().description(" ").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("description");
    assertThat(paths(SlaPolicies.problems(json("{'id':'p','description':'','targets':[{'name':'A','node':'A',"
        + "'clock':'CONTINUOUS','limit':'PT1H'}]}")))).containsExactly("$.description");
    // A null calendar is a missing calendar, reported where it is missing.
    assertThat(paths(SlaPolicies.problems(json("{'id':'p','targets':[{'name':'A','node':'A',"
        + "'clock':'BUSINESS_HOURS','calendar':null,'limit':'PT1H'},{'name':'B','node':'B','clock':'CONTINUOUS',"
        + "'limit':{'workingDays':5,'clock':'WORKING_DAYS','calendar':null}}]}"))))
        .containsExactly("$.targets[0].calendar", "$.targets[1].limit.calendar");
  }
}
