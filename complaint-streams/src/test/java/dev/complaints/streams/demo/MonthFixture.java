package dev.complaints.streams.demo;

import dev.complaints.cli.demo.MonthGenerator;
import dev.complaints.cli.demo.MonthSimulation;
import dev.complaints.cli.demo.Plaza;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.scoring.record.CallStats;
import dev.complaints.scoring.record.UnitInputs;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * A simulated month of the command-line tool's demo ({@link MonthSimulation#complaintEvents}): each complaint's
 * events up to the end of the simulation (the last day at 16:30 in the mall's zone), played through the
 * {@code mall-ticket} workflow. Deterministic for a seed.
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
    return new MonthFixture(month, MonthSimulation.asOf(month),
        MonthSimulation.complaintEvents(seed, month, averagePerPlaza));
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
