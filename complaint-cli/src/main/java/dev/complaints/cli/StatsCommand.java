package dev.complaints.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.cli.text.Labels;
import dev.complaints.cli.text.Lang;
import dev.complaints.cli.text.StatsText;
import dev.complaints.scoring.metrics.MetricOptions;
import dev.complaints.scoring.metrics.SlaVisitAlerts;
import dev.complaints.scoring.period.Quarter;
import dev.complaints.scoring.record.RecordFormatException;
import dev.complaints.scoring.record.TicketReader;
import dev.complaints.scoring.record.UnitInputs;
import dev.complaints.scoring.scorecard.Scorer;
import dev.complaints.scoring.stats.Breakdown;
import dev.complaints.scoring.stats.GroupStatistics;
import dev.complaints.scoring.stats.MonthTrend;
import dev.complaints.scoring.stats.PlanStatistics;
import dev.complaints.scoring.stats.Ranked;
import dev.complaints.scoring.stats.RootCauseShare;
import dev.complaints.scoring.stats.SatisfactionSummary;
import dev.complaints.scoring.stats.Share;
import dev.complaints.scoring.stats.Statistics;
import dev.complaints.scoring.stats.StatisticsAccumulator;
import dev.complaints.scoring.stats.UnitStatistics;
import dev.complaints.sla.calendar.CalendarRangeException;
import dev.complaints.sla.policy.SlaPolicies;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code stats --tickets FILE.jsonl [--inputs FILE.json] [--period 2026-10 | --quarter 2026-Q4] [--as-of INSTANT]
 * [--top N] [--format json|text | --json] [--lang en|zh] [--policy FILE] [--calendar FILE]}: the statistics for managers that the scoring module computes
 * ({@link StatisticsAccumulator}): per unit and overall, the volume and satisfaction month by month with the
 * change from the month before, the shares by grade, channel, category and timeliness, the top subjects and
 * locations, the departments and handlers complained about, the root causes, the satisfaction distribution, the
 * handling rate, the plans, repeats and reopenings; red lights under the mall-ticket SLA policy (or
 * {@code --policy}). Tickets count in the month of their acceptance; {@code --period} or {@code --quarter} keeps the
 * tickets of those months, and those of the twelve months before count into the trends alone. The report instant is {@code --as-of}, else the end of the period once it has
 * ended, else now.
 */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = {
      "Statistics of ticket records (JSON lines) for managers, per unit and overall: volume and satisfaction"
          + " month by month with the change from the month before, shares by grade, channel, category and"
          + " timeliness (time from acceptance to close), the top subjects and locations, the departments and"
          + " handlers complained about (count, share, median handling time, red lights, satisfaction), root"
          + " causes, satisfaction (rate, mean score, distribution), handling rate, plans on time and reworked,"
          + " repeat and reopened complaints.",
      "Tickets count in the month of their acceptance; --period or --quarter keeps those months (the twelve"
          + " months before count into the month-by-month trends alone), and --inputs names the units' regions"
          + " as for score.",
      "Without --as-of: the end of the period once it has ended, else now.",
      "Exit codes: 0 success, 2 bad input or usage."
    })
public final class StatsCommand implements Callable<Integer> {
  /** How many months before the selected ones count into the trends (a year, for month-over-month comparisons). */
  static final int TREND_MONTHS_BEFORE = 12;

  @Option(names = "--tickets", required = true, paramLabel = "FILE.jsonl",
      description = "ticket records, one JSON object per line")
  Path tickets;

  @Option(names = "--inputs", paramLabel = "FILE.json",
      description = "monthly unit inputs (JSON array); only their regions are used")
  Path inputs;

  @Option(names = "--period", paramLabel = "YYYY-MM", description = "the month to count, e.g. 2026-10")
  String period;

  @Option(names = "--quarter", paramLabel = "YYYY-Qn", description = "the quarter to count, e.g. 2026-Q4")
  String quarter;

  @Option(names = "--as-of", paramLabel = "INSTANT",
      description = "report instant, ISO-8601 with offset (default: the end of the period, or now while it is in"
          + " progress or when no period is given)")
  String asOf;

  @Option(names = "--top", paramLabel = "N", defaultValue = "5",
      description = "how many ranks the top subjects and locations keep; ties at the cut are all kept"
          + " (default: ${DEFAULT-VALUE})")
  int top;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  OutputFormat format;

  @Option(names = "--json", description = "JSON output; the same as --format json")
  boolean json;

  @CommandLine.Mixin SlaOptions sla = new SlaOptions();

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
      description = "language of the text: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  Lang lang;

  @CommandLine.ParentCommand ComplaintCli cli;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ZoneId zone = MetricOptions.defaults().zone();
    try {
      out.print(stats(zone));
      out.flush();
      return ComplaintCli.OK;
    } catch (BadInputException | RecordFormatException | UncheckedIOException e) {
      ErrorLine.print(err, ErrorLine.of(e, zone));
      return ComplaintCli.BAD_INPUT;
    }
  }

  private String stats(ZoneId zone) {
    if (top < 1) {
      throw BadInputException.option("--top", top + " is not at least 1");
    }
    List<YearMonth> months;
    String selected;
    if (period != null && quarter != null) {
      throw BadInputException.options(List.of("--period", "--quarter"), "cannot be combined; give one of them");
    } else if (period != null) {
      YearMonth m = ScoreCommand.parsePeriod(period);
      months = List.of(m);
      selected = m.toString();
    } else if (quarter != null) {
      Quarter q = ScoreCommand.parseQuarter(quarter);
      months = q.months();
      selected = q.toString();
    } else {
      months = List.of();
      selected = null;
    }
    Instant instant = months.isEmpty()
        ? (asOf == null ? cli.clock().instant() : ReportInstant.parse(asOf))
        : ReportInstant.of(asOf, Scorer.startOf(months.get(0), zone),
            Scorer.endOf(months.get(months.size() - 1), zone), cli.clock(),
            period != null ? "--period" : "--quarter", selected, zone);
    List<UnitInputs> unitInputs = ScoreCommand.unitInputs(inputs);
    InputFiles.requireReadable(tickets);
    StatisticsAccumulator acc = new StatisticsAccumulator(zone, instant,
        SlaVisitAlerts.of(sla.policy(SlaPolicies.mallTicket(), spec.commandLine().getErr())));
    Statistics statistics;
    TicketReader reader = TicketReader.open(tickets);
    try (reader) {
      YearMonth trendFrom = months.isEmpty() ? null : months.get(0).minusMonths(TREND_MONTHS_BEFORE);
      TicketReader.feed(reader, t -> {
        YearMonth m = t.period(zone);
        if (months.isEmpty() || months.contains(m)) {
          acc.add(t);
        } else if (trendFrom != null && !m.isBefore(trendFrom) && m.isBefore(months.get(0))) {
          acc.addToTrend(t); // the months before the selection: for its trend only
        }
      });
    } catch (CalendarRangeException e) {
      throw ScoreCommand.atLine(reader, e, zone);
    }
    try {
      statistics = acc.result(unitInputs, top);
    } catch (IllegalArgumentException e) {
      throw BadInputException.file(inputs, e.getMessage()).because(e);
    }
    if (format == OutputFormat.TEXT && !json) {
      return StatsText.of(statistics, selected, instant, zone, Labels.of(lang));
    }
    return ScoreCommand.json(json(statistics, selected, instant, zone));
  }

  /**
   * The statistics as one JSON document: {@code period} ({@code "2026-10"}, {@code "2026-Q4"} or null for
   * every month), {@code asOf} (ISO-8601 with the zone's offset), {@code zone}, {@code overall} and
   * {@code units[]} (each with {@code unit} and {@code region} beside the fields of {@code overall}).
   *
   * @param s the statistics
   * @param period what was selected, or null
   * @param asOf the report instant
   * @param zone the units' zone
   * @return the document
   */
  static ObjectNode json(Statistics s, String period, Instant asOf, ZoneId zone) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    if (period == null) {
      root.putNull("period");
    } else {
      root.put("period", period);
    }
    root.put("asOf", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(asOf.atZone(zone)));
    root.put("zone", zone.getId());
    breakdown(root.putObject("overall"), s.overall());
    ArrayNode units = root.putArray("units");
    for (UnitStatistics u : s.units()) {
      ObjectNode n = units.addObject();
      n.put("unit", u.unit());
      if (u.region() == null) {
        n.putNull("region");
      } else {
        n.put("region", u.region());
      }
      breakdown(n, u.stats());
    }
    return root;
  }

  private static void breakdown(ObjectNode o, Breakdown b) {
    o.put("volume", b.volume());
    ArrayNode months = o.putArray("trend");
    for (MonthTrend m : b.months()) {
      ObjectNode n = months.addObject();
      n.put("month", m.month().toString());
      n.put("volume", m.volume());
      if (m.change() == null) {
        n.putNull("change");
      } else {
        n.put("change", m.change());
      }
      n.put("changeRate", m.changeRate());
      n.put("visited", m.visited());
      n.put("satisfied", m.satisfied());
      n.put("exempt", m.exempt());
      n.put("satisfactionRate", m.satisfactionRate());
    }
    shares(o.putArray("byGrade"), b.grades());
    shares(o.putArray("byChannel"), b.channels());
    shares(o.putArray("byCategory"), b.categories());
    shares(o.putArray("timeliness"), b.timeliness());
    groups(o.putArray("byDepartment"), b.departments());
    groups(o.putArray("byHandler"), b.handlers());
    ArrayNode causes = o.putArray("rootCauses");
    for (RootCauseShare c : b.rootCauses()) {
      ObjectNode n = causes.addObject().put("key", c.key()).put("count", c.count()).put("share", c.share());
      ArrayNode trend = n.putArray("trend");
      for (RootCauseShare.MonthCount m : c.trend()) {
        trend.addObject().put("month", m.month().toString()).put("count", m.count());
      }
    }
    SatisfactionSummary sat = b.satisfaction();
    ObjectNode satisfaction = o.putObject("satisfaction");
    satisfaction.put("visited", sat.visited()).put("rate", sat.rate()).put("meanScore", sat.meanScore());
    shares(satisfaction.putArray("distribution"), sat.distribution());
    o.put("closed", b.closed());
    o.put("handlingRate", b.handlingRate());
    PlanStatistics p = b.plans();
    o.putObject("plans").put("plans", p.plans()).put("decided", p.decided()).put("onTime", p.onTime())
        .put("onTimeRate", p.onTimeRate()).put("reworked", p.reworked());
    o.put("redLights", b.redLights());
    ObjectNode hotSpots = o.putObject("hotSpots");
    ranked(hotSpots.putArray("subjects"), b.topSubjects());
    ranked(hotSpots.putArray("locations"), b.topLocations());
    o.put("repeat", b.repeat());
    o.put("reopened", b.reopened());
  }

  private static void groups(ArrayNode a, List<GroupStatistics> groups) {
    for (GroupStatistics g : groups) {
      ObjectNode n = a.addObject().put("key", g.key()).put("count", g.count()).put("share", g.share())
          .put("rank", g.rank());
      if (g.medianHandlingMinutes() == null) {
        n.putNull("medianHandlingMinutes");
      } else {
        n.put("medianHandlingMinutes", g.medianHandlingMinutes());
      }
      n.put("redLights", g.redLights()).put("satisfactionRate", g.satisfactionRate());
    }
  }

  private static void shares(ArrayNode a, List<Share> shares) {
    for (Share s : shares) {
      a.addObject().put("key", s.key()).put("count", s.count()).put("share", s.share());
    }
  }

  private static void ranked(ArrayNode a, List<Ranked> ranked) {
    for (Ranked r : ranked) {
      a.addObject().put("key", r.key()).put("count", r.count()).put("rank", r.rank());
    }
  }
}
