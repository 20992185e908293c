package dev.complaints.scoring.penalty;

import dev.complaints.scoring.metrics.TicketOutcome;
import dev.complaints.scoring.metrics.VisitAlerts;
import dev.complaints.scoring.record.StageRecord;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.scoring.record.UnitInputs;
import dev.complaints.scoring.rubric.Finding;
import dev.complaints.sla.AlertLevel;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Feeds {@link MonthlyFines} from ticket records and monthly unit inputs.
 *
 * <ul>
 *   <li><b>Red lights</b>: one per node visit entered by the as-of instant whose highest level (from the
 *       {@link VisitAlerts}, so from the SLA policy, never from the input) is red — the same count as the
 *       scorecards. It is dated by the instant the visit first turned red (每产生一次节点红灯, "each time a node
 *       red light occurs"), as a local date in the fines' zone, and fines the window containing that date,
 *       whatever level it reaches later. Because a level once reached is never erased, that instant does not move
 *       when the visit is assessed again later, and the fines of a window that has ended never change.
 *   <li><b>Findings</b>: the publicity and concealment findings of a unit's inputs for month {@code M} are
 *       fined in window {@code M} (26th of M−1 to the 25th of M): inputs carry no dates, and the window named
 *       M is the one that closes in M.
 * </ul>
 *
 * <p>Not thread-safe; give each thread its own collector (over {@link MonthlyFines#emptyCopy()}) and merge
 * the fines.
 */
public final class FineCollector {
  private final VisitAlerts alerts;
  private final Instant asOf;
  private final MonthlyFines fines;

  /**
   * A collector.
   *
   * @param alerts the alert evaluation of node visits (policy-backed)
   * @param asOf the report instant
   * @param fines where the events are counted
   */
  public FineCollector(VisitAlerts alerts, Instant asOf, MonthlyFines fines) {
    this.alerts = Objects.requireNonNull(alerts, "alerts");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.fines = Objects.requireNonNull(fines, "fines");
  }

  /**
   * Counts the red lights of one ticket.
   *
   * @param t the ticket
   * @return this collector
   */
  public FineCollector addTicket(TicketRecord t) {
    return addTicket(t, TicketOutcome.visitLevels(t, asOf, alerts));
  }

  /**
   * Counts the red lights of one ticket whose visits' highest levels are already known (one per stage, as
   * {@link TicketOutcome#visitLevels} gives them); only the red visits are evaluated again, for the instant they
   * turned red.
   *
   * @param t the ticket
   * @param visitLevels the highest level of each stage by the as-of instant
   * @return this collector
   * @throws IllegalArgumentException when the number of levels differs from the number of stages
   */
  public FineCollector addTicket(TicketRecord t, List<AlertLevel> visitLevels) {
    List<StageRecord> stages = t.stages();
    if (visitLevels.size() != stages.size()) {
      throw new IllegalArgumentException("ticket " + t.id() + " has " + stages.size() + " stages but "
          + visitLevels.size() + " visit levels were given");
    }
    for (int i = 0; i < stages.size(); i++) {
      if (!visitLevels.get(i).isRed()) {
        continue;
      }
      StageRecord v = stages.get(i);
      Instant red = alerts.firstRedAt(t, v, asOf);
      if (red == null) {
        throw new IllegalStateException(
            "visit " + v.stage() + " of ticket " + t.id() + " is red by " + asOf + " but has no first red instant");
      }
      fines.addRedLight(t.unit(), t.region(), red);
    }
    return this;
  }

  /**
   * Counts the publicity and concealment findings of a unit's monthly inputs in the window named by their
   * month.
   *
   * @param inputs the inputs
   * @return this collector
   */
  public FineCollector addInputs(UnitInputs inputs) {
    FineWindow w = new FineWindow(inputs.period());
    String region = inputs.region();
    fines.add(FineKind.PUBLICITY, inputs.unit(), region, w, inputs.publicityFindings());
    fines.add(FineKind.CONCEALED, inputs.unit(), region, w, Finding.CONCEALED.count(inputs));
    return this;
  }

  /**
   * The fines counted so far.
   *
   * @return the accumulator given at construction
   */
  public MonthlyFines fines() {
    return fines;
  }
}
