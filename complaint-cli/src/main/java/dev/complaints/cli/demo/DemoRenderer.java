package dev.complaints.cli.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.cli.text.Columns;
import dev.complaints.cli.text.Labels;
import dev.complaints.cli.text.Lang;
import dev.complaints.cli.text.ReportText;
import dev.complaints.cli.text.Times;
import dev.complaints.core.json.Json;
import dev.complaints.scoring.record.UnitInputs;
import dev.complaints.scoring.record.UnitInputsWriter;
import dev.complaints.scoring.scorecard.PeriodReportJson;
import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.policy.UnknownYears;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders the demo report as text for people or as one JSON document. */
public final class DemoRenderer {
  private static final DateTimeFormatter OFFSET = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private DemoRenderer() {}

  /**
   * The report as text in English.
   *
   * @param r the report
   * @return the text, ending with a newline
   */
  public static String text(DemoReport r) {
    return text(r, Labels.of(Lang.EN));
  }

  /**
   * The report as text: what was simulated, the SLA board, the unit inputs, the scorecards. Instants are shown
   * in the format of {@link Times} in the mall's zone.
   *
   * @param r the report
   * @param l the labels of the language to write in
   * @return the text, ending with a newline
   */
  public static String text(DemoReport r, Labels l) {
    StringBuilder sb = new StringBuilder();
    DemoReport.Summary s = r.summary();
    String now = Times.format(r.asOf(), r.zone());
    sb.append(l.text("demo.title", r.month(), r.seed())).append('\n');
    sb.append(l.text("demo.setup", MonthGenerator.PLAZAS.size(),
        MonthGenerator.PLAZAS.stream().map(Plaza::region).distinct().count(), now, r.zone())).append('\n');
    sb.append(l.text("demo.counts", s.complaints(), s.nightIntake(), s.events(), s.closed(), s.withdrawn(),
        s.open())).append('\n');
    List<String> grades = new ArrayList<>();
    s.byGrade().forEach((grade, n) -> grades.add(l.grade(grade) + " " + n));
    sb.append(l.text("demo.grades", l.list(grades), s.extensions(), s.exemptions(), s.escalations())).append('\n');
    DemoReport.Summary h = r.history();
    sb.append(l.text("demo.history", r.month().minusMonths(1), h.complaints(), h.events(), h.open())).append('\n');

    Map<AlertLevel, Integer> lights = new EnumMap<>(AlertLevel.class);
    for (BoardEntry e : r.board()) {
      lights.merge(e.level(), 1, Integer::sum);
    }
    List<String> reds = new ArrayList<>();
    int red = 0;
    for (AlertLevel level : List.of(AlertLevel.RED_1, AlertLevel.RED_2, AlertLevel.RED_3)) {
      reds.add(l.level(level) + " " + lights.getOrDefault(level, 0));
      red += lights.getOrDefault(level, 0);
    }
    sb.append('\n');
    sb.append(l.text("board.header", now, r.board().size(), red, l.list(reds),
        lights.getOrDefault(AlertLevel.YELLOW, 0), lights.getOrDefault(AlertLevel.NONE, 0))).append('\n');
    r.calendarDataEnds().ifPresent(end -> sb.append("  ").append(l.text(
        r.policy().unknownYears() == UnknownYears.WEEKLY ? "board.dataEnds.weekly" : "board.dataEnds.refuse", end))
        .append('\n'));
    String workflow = MonthSimulation.workflow().id();
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(l.text("column.light"), l.text("column.ticket"), l.text("column.plaza"),
        l.text("column.region"), l.text("column.node"), l.text("column.grade"), l.text("column.state"),
        l.text("column.usedLimit"), l.text("column.deadline")));
    for (BoardEntry e : r.board()) {
      rows.add(List.of(e.level() == AlertLevel.NONE ? "-" : l.level(e.level()), e.complaintId(), e.unit(),
          e.region(), l.node(workflow, e.node()), l.grade(e.grade()), l.state(e.state()),
          duration(e.elapsed()) + " / " + duration(e.limit()), Times.format(e.deadline(), r.zone())));
    }
    Columns.table(sb, rows);

    sb.append('\n');
    sb.append(l.text("inputs.header", r.month())).append('\n');
    List<UnitInputs> monthInputs = r.monthInputs();
    int unitWidth = monthInputs.stream().mapToInt(in -> Columns.width(in.unit())).max().orElse(0);
    for (UnitInputs in : monthInputs) {
      String calls = in.calls() != null ? l.text("inputs.calls", in.calls().answered(), in.calls().offered())
          : l.text("none");
      sb.append("  ").append(Columns.pad(in.unit(), unitWidth)).append(' ')
          .append(l.text("inputs.line", in.publicityFindings(), in.onSiteFindings(),
              in.concealedFindings() != null ? in.concealedFindings().toString() : l.text("inputs.fromTickets"),
              in.unreportedIncidents() != null ? in.unreportedIncidents().toString() : l.text("inputs.fromTickets"),
              calls)).append('\n');
    }
    sb.append('\n');
    sb.append(ReportText.month(r.scorecards(), MonthSimulation.rubric(), l, r.zone()));
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
    return json(r, Lang.EN);
  }

  /**
   * The report as one JSON document, as {@link #json(DemoReport)}, with the scorecards' explanations in a
   * language.
   *
   * @param r the report
   * @param lang the language of the explanations
   * @return the JSON text, ending with a newline
   */
  public static String json(DemoReport r, Lang lang) {
    ObjectMapper mapper = Json.mapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("seed", r.seed());
    root.put("month", r.month().toString());
    root.put("asOf", OFFSET.format(r.asOf().atZone(r.zone())));
    root.put("zone", r.zone().getId());
    root.put("calendarDataEnds", r.calendarDataEnds().map(LocalDate::toString).orElse(null));
    root.put("unknownYears", r.policy().unknownYears().jsonName());
    root.set("summary", mapper.valueToTree(r.summary()));
    ObjectNode history = root.putObject("history");
    history.put("month", r.month().minusMonths(1).toString());
    history.setAll((ObjectNode) mapper.valueToTree(r.history()));
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
    root.set("inputs", UnitInputsWriter.toJsonArray(r.monthInputs()));
    root.set("scorecards", PeriodReportJson.toJson(r.scorecards(), lang.explanations()));
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the demo report", e);
    }
  }

  /**
   * A duration as the boards show it, {@code 3h05m} or {@code 2d04h05m}: short and readable, in the same digits
   * whatever the default locale.
   *
   * @param d the duration; its seconds are dropped
   * @return the text
   */
  public static String duration(Duration d) {
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
