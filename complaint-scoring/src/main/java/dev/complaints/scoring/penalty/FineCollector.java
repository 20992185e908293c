package dev.complaints.scoring.penalty;

import dev.complaints.scoring.metrics.TicketOutcome;
import dev.complaints.scoring.metrics.VisitAlerts;
import dev.complaints.scoring.record.StageRecord;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.scoring.record.UnitInputs;
import dev.complaints.sla.AlertLevel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Feeds {@link MonthlyFines} from ticket records and monthly unit inputs.
 *
 * <ul>
 *   <li><b>Red lights</b>: one per node visit entered by the as-of instant whose highest level (from the
 *       {@link VisitAlerts}, so from the SLA policy, never from the input) is red — the same count as the
 *       scorecards. It is dated by the instant the visit first reached the red level it is counted at
 *       ({@link Dating#COUNTED_LEVEL}, the default) or first turned red ({@link Dating#FIRST_RED}), as a local
 *       date in the fines' zone, and fines the window containing that date.
 *   <li><b>Findings</b>: the publicity and concealment findings of a unit's inputs for month {@code M} are
 *       fined in window {@code M} (26th of M−1 to the 25th of M): inputs carry no dates, and the window named
 *       M is the one that closes in M.
 * </ul>
 *
 * <p>Not thread-safe; give each thread its own collector (over {@link MonthlyFines#emptyCopy()}) and merge
 * the fines.
 */
public final class FineCollector {

  /** Which instant dates a red light. */
  public enum Dating {
    /** When the visit first reached the highest red level it reached (the level it is counted at). */
    COUNTED_LEVEL,
    /** When the visit first turned red (RED_1). */
    FIRST_RED
  }

  private static final Duration PRECISION = Duration.ofNanos(1);

  private final VisitAlerts alerts;
  private final Instant asOf;
  private final MonthlyFines fines;
  private final Dating dating;

  /**
   * A collector dating red lights by {@link Dating#COUNTED_LEVEL}.
   *
   * @param alerts the alert evaluation of node visits (policy-backed)
   * @param asOf the report instant
   * @param fines where the events are counted
   */
  public FineCollector(VisitAlerts alerts, Instant asOf, MonthlyFines fines) {
    this(alerts, asOf, fines, Dating.COUNTED_LEVEL);
  }

  /**
   * A collector.
   *
   * @param alerts the alert evaluation of node visits (policy-backed)
   * @param asOf the report instant
   * @param fines where the events are counted
   * @param dating which instant dates a red light
   */
  public FineCollector(VisitAlerts alerts, Instant asOf, MonthlyFines fines, Dating dating) {
    this.alerts = Objects.requireNonNull(alerts, "alerts");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.fines = Objects.requireNonNull(fines, "fines");
    this.dating = Objects.requireNonNull(dating, "dating");
  }

  /**
   * Counts the red lights of one ticket.
   *
   * @param t the ticket
   * @return this collector
   * @throws dev.complaints.scoring.record.FieldException naming the visit ({@code stages[i]}) and the ticket
   *     when its alert level cannot be evaluated
   */
  public FineCollector addTicket(TicketRecord t) {
    return addTicket(t, TicketOutcome.visitLevels(t, asOf, alerts));
  }

  /**
   * Counts the red lights of one ticket whose node visits were already evaluated (for its scorecard), so
   * that they are not evaluated twice; only the instants at which red lights were reached are still looked
   * up.
   *
   * @param t the ticket
   * @param visitLevels its {@link TicketOutcome#visitLevels(TicketRecord, Instant, VisitAlerts)} as of this
   *     collector's instant, with this collector's alert evaluation
   * @return this collector
   * @throws IllegalArgumentException when there is not one level per stage
   */
  public FineCollector addTicket(TicketRecord t, List<AlertLevel> visitLevels) {
    List<StageRecord> stages = t.stages();
    if (visitLevels.size() != stages.size()) {
      throw new IllegalArgumentException("ticket " + t.id() + " has " + stages.size() + " stages but "
          + visitLevels.size() + " visit levels were given");
    }
    for (int i = 0; i < stages.size(); i++) {
      AlertLevel highest = visitLevels.get(i);
      if (!highest.isRed()) {
        continue;
      }
      StageRecord v = stages.get(i);
      AlertLevel level = dating == Dating.FIRST_RED ? AlertLevel.RED_1 : highest;
      // the visit had reached `highest` by the end of its span up to asOf: bisect without evaluating it again
      fines.addRedLight(t.unit(), t.region().orElse(null), firstReached(alerts, t, v, level, end(v, asOf)));
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
    String region = inputs.region().orElse(null);
    fines.add(FineKind.PUBLICITY, inputs.unit(), region, w, inputs.publicityFindings());
    fines.add(FineKind.CONCEALED, inputs.unit(), region, w, inputs.concealedFindings());
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

  /**
   * The first instant (exact to the nanosecond) at which a visit had reached {@code level}, found by bisection
   * over the visit's span: the level reached by an instant never decreases as the instant moves later.
   *
   * @param alerts the alert evaluation
   * @param t the ticket
   * @param v the visit, which reached {@code level} by {@code asOf}
   * @param level the level
   * @param asOf the report instant
   * @return the instant
   * @throws IllegalArgumentException when the visit had not reached the level by {@code asOf}
   */
  public static Instant reachedAt(VisitAlerts alerts, TicketRecord t, StageRecord v, AlertLevel level, Instant asOf) {
    Instant hi = end(v, asOf);
    if (alerts.highestLevel(t, v, hi).compareTo(level) < 0) {
      throw new IllegalArgumentException(
          "visit " + v.stage() + " of ticket " + t.id() + " had not reached " + level + " by " + hi);
    }
    return firstReached(alerts, t, v, level, hi);
  }

  /** The end of the visit's span up to the report instant: its exit, or the report instant if later. */
  private static Instant end(StageRecord v, Instant asOf) {
    return v.leftAt().filter(l -> l.isBefore(asOf)).orElse(asOf);
  }

  /** The bisection of {@link #reachedAt}, given that the visit had reached {@code level} by {@code hi}. */
  private static Instant firstReached(VisitAlerts alerts, TicketRecord t, StageRecord v, AlertLevel level, Instant hi) {
    Instant lo = v.enteredAt();
    if (alerts.highestLevel(t, v, lo).compareTo(level) >= 0) {
      return lo;
    }
    // invariant: level(lo) < level, level(hi) >= level
    while (Duration.between(lo, hi).compareTo(PRECISION) > 0) {
      Instant mid = lo.plus(Duration.between(lo, hi).dividedBy(2));
      if (alerts.highestLevel(t, v, mid).compareTo(level) >= 0) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return hi;
  }
}
