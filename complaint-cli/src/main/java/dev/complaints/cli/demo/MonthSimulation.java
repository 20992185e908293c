package dev.complaints.cli.demo;

import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.event.ComplaintWithdrawn;
import dev.complaints.core.event.ExtensionApproved;
import dev.complaints.core.event.ReturnVisitExempted;
import dev.complaints.core.event.ReturnVisitRecorded;
import dev.complaints.core.model.Grade;
import dev.complaints.core.workflow.WorkflowDefinition;
import dev.complaints.core.workflow.WorkflowEngine;
import dev.complaints.core.workflow.WorkflowPresets;
import dev.complaints.scoring.record.CallStats;
import dev.complaints.scoring.record.TicketExport;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.scoring.record.UnitInputs;
import dev.complaints.scoring.rubric.Rubric;
import dev.complaints.scoring.rubric.Rubrics;
import dev.complaints.scoring.scorecard.PeriodReport;
import dev.complaints.scoring.scorecard.Scorer;
import dev.complaints.sla.calendar.BusinessCalendar;
import dev.complaints.sla.calendar.BusinessCalendars;
import dev.complaints.sla.calendar.CalendarRangeException;
import dev.complaints.sla.policy.SlaPolicies;
import dev.complaints.sla.policy.SlaPolicy;
import dev.complaints.sla.policy.SlaTarget;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The demo's month: draws complaints from a seed, plays them (and those of the month before, from a seed of its
 * own, so that statistics have a trend) through the {@code mall-ticket} workflow on a simulated clock, then asks the SLA tracker for the board and the scoring module for the scorecards, both as
 * of the end of the simulation. Deterministic for a seed; never reads the wall clock.
 */
public final class MonthSimulation {

  /** Mean complaints of an average plaza in a month (six plazas: about 300 in all). */
  public static final int AVERAGE_PER_PLAZA = 50;
  /** Local time on the month's last day at which the simulation stops. */
  public static final LocalTime END_OF_SIMULATION = LocalTime.of(16, 30);

  private static final String CN_NATIONAL = "cn-national";
  /** The key of {@link DemoReport.Summary#byGrade()} for complaints not graded yet. */
  public static final String UNGRADED = "UNGRADED";

  private MonthSimulation() {}

  /**
   * The simulated "now": the last day of the month at 16:30 in the mall's zone.
   *
   * @param month the month
   * @return the instant
   */
  public static Instant asOf(YearMonth month) {
    return month.atEndOfMonth().atTime(END_OF_SIMULATION).atZone(MonthGenerator.ZONE).toInstant();
  }

  /**
   * Checks that the policy's calendars know the month, the month before it (played as history) and the month
   * after it (handling and return visits of the month's last tickets run into it): a calendar built from holiday
   * data must cover all three, unless the policy follows the weekly rule past the data
   * ({@link dev.complaints.sla.policy.UnknownYears#WEEKLY}).
   *
   * @param month the month
   * @param policy the SLA policy
   * @throws CalendarRangeException naming the calendar, the first date of the three months it does not cover and
   *     its covered span when one does not
   */
  public static void requireCovered(YearMonth month, SlaPolicy policy) {
    LocalDate first = month.minusMonths(1).atDay(1);
    LocalDate last = month.plusMonths(1).atEndOfMonth();
    for (SlaTarget t : policy.targets()) {
      for (String id : t.calendarIds()) {
        BusinessCalendar c = policy.calendars().find(id).orElseThrow();
        LocalDate from = c.coveredFrom();
        LocalDate to = c.coveredTo();
        if (from != null && to != null && !c.usesWeeklyRuleForUnknownYears()
            && (first.isBefore(from) || last.isAfter(to))) {
          LocalDate outside = first.isBefore(from) ? first : to.plusDays(1);
          throw new CalendarRangeException(c.id(), outside, from, to, true, "the simulated month "
              + month + " with the months before and after it (" + first + " to " + last + ")");
        }
      }
    }
  }

  /**
   * Runs the simulation under the {@code mall-ticket} policy.
   *
   * @param seed the seed
   * @param month the month
   * @return the report
   * @throws CalendarRangeException when the month is outside the national holiday calendar
   */
  public static DemoReport run(long seed, YearMonth month) {
    return run(seed, month, policy());
  }

  /**
   * Runs the simulation under an SLA policy (for example the {@code mall-ticket} preset with another national
   * calendar, or with the weekly rule past the holiday data).
   *
   * @param seed the seed
   * @param month the month
   * @param policy the SLA policy of the board and the red lights
   * @return the report
   * @throws CalendarRangeException when the month is outside a holiday-data calendar of the policy
   */
  public static DemoReport run(long seed, YearMonth month, SlaPolicy policy) {
    requireCovered(month, policy);
    // quiet days of the simulated month: the policy's national calendar, else the bundled one
    BusinessCalendar national = policy.targets().stream().anyMatch(t -> t.calendarIds().contains(CN_NATIONAL))
        ? policy.calendars().find(CN_NATIONAL).orElseThrow()
        : BusinessCalendars.cnNational().withWeeklyRuleForUnknownYears();
    BusinessCalendar mallHours = BusinessCalendars.mallHours();
    Instant asOf = asOf(month);
    YearMonth before = month.minusMonths(1);
    // the month before is played too (from its own seed), so that trends have a previous month to compare with
    List<ComplaintPlan> history = MonthGenerator.generate(historySeed(seed), before,
        date -> !national.isWorkingDay(date), AVERAGE_PER_PLAZA);
    List<ComplaintPlan> plans = MonthGenerator.generate(seed, month,
        date -> !national.isWorkingDay(date), AVERAGE_PER_PLAZA);

    WorkflowEngine engine = WorkflowEngine.of(workflow());
    Simulator simulator = new Simulator(engine, mallHours, asOf);
    List<Simulator.Played> historyPlayed = play(simulator, history, asOf);
    List<Simulator.Played> played = play(simulator, plans, asOf);
    List<Simulator.Played> all = new ArrayList<>(historyPlayed);
    all.addAll(played);

    Board.Snapshot board = Board.at(policy, all, asOf);
    List<UnitInputs> inputs = new ArrayList<>(unitInputs(historySeed(seed), before));
    inputs.addAll(unitInputs(seed, month));
    List<TicketRecord> tickets = new ArrayList<>(all.size());
    TicketExport export = TicketExport.of(workflow());
    List<ComplaintEvent> events = new ArrayList<>();
    for (Simulator.Played p : all) {
      tickets.add(export.export(p.events(), MonthSimulation::regionOf));
      events.addAll(p.events());
    }
    PeriodReport scorecards = Scorer.builder().rubric(rubric()).policy(policy).build()
        .score(tickets.stream(), inputs, month, asOf);
    return new DemoReport(seed, month, asOf, MonthGenerator.ZONE, summary(played, mallHours),
        summary(historyPlayed, mallHours), board.entries(),
        inputs, tickets, scorecards, policy, board.calendarDataEnds(), events);
  }

  /**
   * Plays the complaints of one month alone (without the month before), of any size, under the {@code mall-ticket}
   * workflow and the bundled national calendar, up to the end of the simulation ({@link #asOf}): for tests and
   * measurements of other modules that want the demo's complaints as events.
   *
   * @param seed the seed
   * @param month the month, inside the years of the bundled national holiday data
   * @param averagePerPlaza mean complaints of an average plaza in the month
   * @return each complaint's events in version order, the complaints in the order of receipt
   */
  public static List<List<ComplaintEvent>> complaintEvents(long seed, YearMonth month, int averagePerPlaza) {
    BusinessCalendar national = BusinessCalendars.cnNational();
    Instant asOf = asOf(month);
    List<ComplaintPlan> plans = MonthGenerator.generate(seed, month, date -> !national.isWorkingDay(date),
        averagePerPlaza);
    Simulator simulator = new Simulator(WorkflowEngine.of(workflow()), BusinessCalendars.mallHours(), asOf);
    return play(simulator, plans, asOf).stream().map(Simulator.Played::events).toList();
  }

  /** The seed of the month before the simulated one, drawn apart from the month's own. */
  static long historySeed(long seed) {
    return seed ^ 0x2545F4914F6CDD1DL;
  }

  /** Plays the plans received by the simulated "now", in order. */
  private static List<Simulator.Played> play(Simulator simulator, List<ComplaintPlan> plans, Instant asOf) {
    List<Simulator.Played> played = new ArrayList<>(plans.size());
    for (ComplaintPlan p : plans) {
      if (p.receivedAt().isAfter(asOf)) {
        continue; // received after the simulated "now": not yet known
      }
      Simulator.Played result = simulator.play(p);
      if (result.rejection() != null) {
        throw new IllegalStateException("simulated complaint " + p.id() + " was rejected by the workflow: "
            + result.rejection());
      }
      played.add(result);
    }
    return played;
  }

  /**
   * The workflow the simulated complaints are played through: the {@code mall-ticket} preset.
   *
   * @return the definition
   */
  public static WorkflowDefinition workflow() {
    return WorkflowPresets.mallTicket();
  }

  /**
   * The SLA policy of the board and of the red lights in the scorecards: the {@code mall-ticket} preset.
   *
   * @return the policy
   */
  public static SlaPolicy policy() {
    return SlaPolicies.mallTicket();
  }

  /**
   * The rubric of the scorecards: the {@code mall-scorecard} preset.
   *
   * @return the rubric
   */
  public static Rubric rubric() {
    return Rubrics.mallScorecard();
  }

  static String regionOf(String unit) {
    return MonthGenerator.PLAZAS.stream().filter(p -> p.unit().equals(unit)).map(Plaza::region).findFirst()
        .orElse(null);
  }

  /** Monthly inputs from outside the complaint data: inspections and the call centre's telephony. */
  static List<UnitInputs> unitInputs(long seed, YearMonth month) {
    SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
    List<UnitInputs> out = new ArrayList<>();
    for (Plaza p : MonthGenerator.PLAZAS) {
      int publicity = weighted(r, 60, 25, 10, 5);
      int onSite = weighted(r, 80, 15, 5);
      weighted(r, 90, 10); // once the concealment findings, now counted from the tickets
      weighted(r, 95, 5); // once the unreported incidents, likewise
      long offered = 700 + Math.round(p.size() * 500) + r.nextInt(200);
      double answered = 0.91 + r.nextDouble() * 0.08;
      // the concealment and unreported-incident figures are left to the tickets (MAJOR and CRITICAL complaints not
      // reported upward in time); their two draws above only keep the rest of the month as it was generated
      out.add(new UnitInputs(p.unit(), month, p.region(), publicity, onSite, null, null,
          new CallStats(offered, Math.round(offered * answered))));
    }
    return out;
  }

  private static int weighted(SplittableRandom r, int... percentForCount) {
    int x = r.nextInt(100);
    for (int n = 0; n < percentForCount.length; n++) {
      x -= percentForCount[n];
      if (x < 0) {
        return n;
      }
    }
    return 0;
  }

  private static DemoReport.Summary summary(List<Simulator.Played> played, BusinessCalendar mallHours) {
    int closed = 0;
    int withdrawn = 0;
    long events = 0;
    int extensions = 0;
    int escalations = 0;
    int exemptions = 0;
    int night = 0;
    Map<String, Integer> byUnit = new TreeMap<>();
    // every grade in severity order, then the complaints nobody had graded yet
    Map<String, Integer> byGrade = new LinkedHashMap<>();
    for (Grade g : Grade.values()) {
      byGrade.put(g.name(), 0);
    }
    for (Simulator.Played p : played) {
      events += p.events().size();
      if (p.complaint().closed()) {
        closed++;
      }
      byUnit.merge(p.plan().plaza().unit(), 1, Integer::sum);
      String grade = p.complaint().grade() == null ? UNGRADED : p.complaint().grade().name();
      byGrade.merge(grade, 1, Integer::sum);
      if (!mallHours.isOpen(p.plan().receivedAt())) {
        night++;
      }
      for (ComplaintEvent e : p.events()) {
        if (e instanceof ExtensionApproved) {
          extensions++;
        } else if (e instanceof ComplaintWithdrawn) {
          withdrawn++;
        } else if (e instanceof ReturnVisitExempted) {
          exemptions++;
        } else if (e instanceof ReturnVisitRecorded v && !v.result().isSatisfied()
            && p.plan().outcome() == ReturnVisitOutcome.DISSATISFIED_ESCALATE) {
          escalations++;
        }
      }
    }
    if (byGrade.get(UNGRADED) == null) {
      byGrade.remove(UNGRADED);
    }
    return new DemoReport.Summary(played.size(), closed, withdrawn, played.size() - closed, events, byUnit, byGrade,
        extensions, escalations, exemptions, night);
  }
}
