package dev.complaints.streams.demo;

import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.workflow.WorkflowEngine;
import dev.complaints.core.workflow.WorkflowPresets;
import dev.complaints.scoring.record.CallStats;
import dev.complaints.scoring.record.UnitInputs;
import dev.complaints.sla.calendar.BusinessCalendar;
import dev.complaints.sla.calendar.BusinessCalendars;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * A simulated month: each complaint's events up to the end of the simulation (the last day at 16:30 in the mall's
 * zone), played through the {@code mall-ticket} workflow. Deterministic for a seed.
 *
 * @param month the month
 * @param end the end of the simulation
 * @param complaints each complaint's events, in order of receipt
 */
public record MonthFixture(YearMonth month, Instant end, List<List<ComplaintEvent>> complaints) {

  /**
   * Plays a month.
   *
   * @param seed the seed
   * @param month the month (inside the years of the national holiday calendar)
   * @param averagePerPlaza mean complaints of an average plaza
   * @return the month
   */
  public static MonthFixture play(long seed, YearMonth month, int averagePerPlaza) {
    BusinessCalendar national = BusinessCalendars.cnNational();
    Instant end = month.atEndOfMonth().atTime(16, 30).atZone(MonthGenerator.ZONE).toInstant();
    Simulator simulator = new Simulator(WorkflowEngine.of(WorkflowPresets.mallTicket()),
        BusinessCalendars.mallHours(), end);
    List<List<ComplaintEvent>> complaints = new ArrayList<>();
    for (ComplaintPlan p : MonthGenerator.generate(seed, month, d -> !national.isWorkingDay(d), averagePerPlaza)) {
      if (p.receivedAt().isAfter(end)) {
        continue;
      }
      Simulator.Played played = simulator.play(p);
      if (played.rejection() != null) {
        throw new IllegalStateException(p.id() + " rejected: " + played.rejection());
      }
      complaints.add(played.events());
    }
    return new MonthFixture(month, end, List.copyOf(complaints));
  }

  /**
   * Every event of the month, in the order they happened (a complaint's own events keep their order).
   *
   * @return the events
   */
  public List<ComplaintEvent> eventsInTimeOrder() {
    List<ComplaintEvent> all = new ArrayList<>();
    complaints.forEach(all::addAll);
    all.sort(Comparator.comparing(ComplaintEvent::at)); // stable: equal instants stay in complaint order
    return all;
  }

  /**
   * The region of each plaza.
   *
   * @return unit id to region id
   */
  public static Map<String, String> regions() {
    return MonthGenerator.PLAZAS.stream().collect(Collectors.toMap(Plaza::unit, Plaza::region));
  }

  /**
   * Inspection findings and telephony of each plaza for the month, drawn from the seed.
   *
   * @param seed the seed
   * @return the inputs
   */
  public List<UnitInputs> unitInputs(long seed) {
    SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
    List<UnitInputs> out = new ArrayList<>();
    for (Plaza p : MonthGenerator.PLAZAS) {
      int publicity = r.nextInt(3);
      int onSite = r.nextInt(2);
      long offered = 700 + Math.round(p.size() * 500) + r.nextInt(200);
      double answered = 0.91 + r.nextDouble() * 0.08;
      out.add(new UnitInputs(p.unit(), month, p.region(), publicity, onSite, null, null,
          new CallStats(offered, Math.round(offered * answered))));
    }
    return out;
  }
}
