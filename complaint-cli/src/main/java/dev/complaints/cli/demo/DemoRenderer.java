package dev.complaints.cli.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.core.json.Json;
import dev.complaints.scoring.record.UnitInputs;
import dev.complaints.scoring.record.UnitInputsWriter;
import dev.complaints.scoring.scorecard.PeriodReportJson;
import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.policy.UnknownYears;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Renders the demo report as text for people or as one JSON document. */
public final class DemoRenderer {
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
  private static final DateTimeFormatter OFFSET = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private DemoRenderer() {}

  /**
   * The report as text: what was simulated, the SLA board, the scorecards.
   *
   * @param r the report
   * @return the text, ending with a newline
   */
  public static String text(DemoReport r) {
    StringBuilder sb = new StringBuilder();
    DemoReport.Summary s = r.summary();
    sb.append("Complaint handling demo: simulated month ").append(r.month()).append(", seed ").append(r.seed())
        .append('\n');
    sb.append(String.format(Locale.ROOT, "%d plazas in %d regions, mall-ticket workflow and SLA policy, "
            + "mall-scorecard rubric; now is %s (%s)%n",
        MonthGenerator.PLAZAS.size(),
        MonthGenerator.PLAZAS.stream().map(Plaza::region).distinct().count(),
        local(r.asOf(), r.zone()), r.zone()));
    sb.append(String.format(Locale.ROOT,
        "%d complaints (%d received while the mall was closed), %d events; %d closed (%d withdrawn), %d open%n",
        s.complaints(), s.nightIntake(), s.events(), s.closed(), s.withdrawn(), s.open()));
    sb.append(String.format(Locale.ROOT,
        "grades %s; %d extensions approved, %d return visits exempted, %d escalated after a dissatisfied return visit%n",
        s.byGrade(), s.extensions(), s.exemptions(), s.escalations()));

    Map<AlertLevel, Integer> lights = new EnumMap<>(AlertLevel.class);
    for (BoardEntry e : r.board()) {
      lights.merge(e.level(), 1, Integer::sum);
    }
    sb.append('\n');
    sb.append(String.format(Locale.ROOT,
        "SLA board at %s: %d open timers: %d red (RED_3 %d, RED_2 %d, RED_1 %d), %d yellow, %d within time%n",
        local(r.asOf(), r.zone()), r.board().size(),
        lights.getOrDefault(AlertLevel.RED_1, 0) + lights.getOrDefault(AlertLevel.RED_2, 0)
            + lights.getOrDefault(AlertLevel.RED_3, 0),
        lights.getOrDefault(AlertLevel.RED_3, 0), lights.getOrDefault(AlertLevel.RED_2, 0),
        lights.getOrDefault(AlertLevel.RED_1, 0), lights.getOrDefault(AlertLevel.YELLOW, 0),
        lights.getOrDefault(AlertLevel.NONE, 0)));
    r.calendarDataEnds().ifPresent(end -> sb.append(String.format(Locale.ROOT,
        "  calendar data ends %s; later dates %s%n", end,
        r.policy().unknownYears() == UnknownYears.WEEKLY
            ? "follow the weekly windows alone (--unknown-years weekly)"
            : "are refused (--unknown-years weekly follows the weekly windows alone)")));
    sb.append(String.format(Locale.ROOT, "  %-6s  %-13s  %-8s  %-6s  %-17s  %-8s  %-7s  %-20s  %s%n",
        "LIGHT", "TICKET", "PLAZA", "REGION", "NODE", "GRADE", "STATE", "USED / LIMIT", "DEADLINE"));
    for (BoardEntry e : r.board()) {
      sb.append(String.format(Locale.ROOT, "  %-6s  %-13s  %-8s  %-6s  %-17s  %-8s  %-7s  %-20s  %s%n",
          e.level() == AlertLevel.NONE ? "-" : e.level().name(), e.complaintId(), e.unit(), e.region(), e.node(),
          e.grade(), e.state(), duration(e.elapsed()) + " / " + duration(e.limit()),
          local(e.deadline(), r.zone())));
    }

    sb.append('\n');
    sb.append("Unit inputs (inspections and telephony) for ").append(r.month()).append('\n');
    for (UnitInputs in : r.inputs()) {
      sb.append(String.format(Locale.ROOT,
          "  %-8s publicity findings %d, on-site findings %d, concealed %d, unreported incidents %d, calls %s%n",
          in.unit(), in.publicityFindings(), in.onSiteFindings(), in.concealedFindings(), in.unreportedIncidents(),
          in.calls().map(c -> c.answered() + "/" + c.offered() + " answered").orElse("none")));
    }
    sb.append('\n');
    sb.append(PeriodReportJson.toText(r.scorecards(), PeriodReportJson.Language.EN));
    return sb.toString();
  }

  /**
   * The report as one JSON document with the top-level fields {@code seed}, {@code month}, {@code asOf},
   * {@code zone}, {@code calendarDataEnds} (the last date of holiday data, or null), {@code unknownYears},
   * {@code summary}, {@code board}, {@code inputs} and {@code scorecards} (the latter in the
   * format of the {@code score} command).
   *
   * @param r the report
   * @return the JSON text, ending with a newline
   */
  public static String json(DemoReport r) {
    ObjectMapper mapper = Json.mapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("seed", r.seed());
    root.put("month", r.month().toString());
    root.put("asOf", OFFSET.format(r.asOf().atZone(r.zone())));
    root.put("zone", r.zone().getId());
    root.put("calendarDataEnds", r.calendarDataEnds().map(LocalDate::toString).orElse(null));
    root.put("unknownYears", r.policy().unknownYears().jsonName());
    root.set("summary", mapper.valueToTree(r.summary()));
    ArrayNode board = root.putArray("board");
    for (BoardEntry e : r.board()) {
      ObjectNode n = board.addObject();
      n.put("complaintId", e.complaintId());
      n.put("unit", e.unit());
      n.put("region", e.region());
      n.put("node", e.node());
      n.put("target", e.target());
      n.put("grade", e.grade().name());
      n.put("state", e.state().name());
      n.put("level", e.level().name());
      n.put("startedAt", OFFSET.format(e.startedAt().atZone(r.zone())));
      n.put("deadline", OFFSET.format(e.deadline().atZone(r.zone())));
      n.put("elapsed", e.elapsed().toString());
      n.put("limit", e.limit().toString());
    }
    root.set("inputs", UnitInputsWriter.toJsonArray(r.inputs()));
    root.set("scorecards", PeriodReportJson.toJson(r.scorecards(), PeriodReportJson.Language.EN));
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the demo report", e);
    }
  }

  private static String local(Instant t, ZoneId zone) {
    return LOCAL.format(t.atZone(zone));
  }

  /** {@code 3h05m}, {@code 2d04h}: short and readable. */
  static String duration(Duration d) {
    long minutes = d.toMinutes();
    long days = minutes / (24 * 60);
    long hours = (minutes / 60) % 24;
    long mins = minutes % 60;
    if (days > 0) {
      return String.format(Locale.ROOT, "%dd%02dh%02dm", days, hours, mins);
    }
    return String.format(Locale.ROOT, "%dh%02dm", hours, mins);
  }
}
