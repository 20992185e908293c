package dev.complaints.scoring.penalty;

import dev.complaints.scoring.metrics.VisitAlerts;
import dev.complaints.scoring.record.StageRecord;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.scoring.record.UnitInputs;
import dev.complaints.sla.AlertLevel;
import java.time.Duration;
import java.time.Instant;
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
   */
  public FineCollector addTicket(TicketRecord t) {
    for (StageRecord v : t.stages()) {
      if (v.enteredAt().isAfter(asOf)) {
        continue;
      }
      AlertLevel highest = alerts.highestLevel(t, v, asOf);
      if (highest == null || !highest.isRed()) {
        continue;
      }
      AlertLevel level = dating == Dating.FIRST_RED ? AlertLevel.RED_1 : highest;
      fines.addRedLight(t.unit(), t.region().orElse(null), reachedAt(alerts, t, v, level, asOf));
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
    Instant hi = v.leftAt().filter(l -> l.isBefore(asOf)).orElse(asOf);
    if (alerts.highestLevel(t, v, hi).compareTo(level) < 0) {
      throw new IllegalArgumentException(
          "visit " + v.stage() + " of ticket " + t.id() + " had not reached " + level + " by " + hi);
    }
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
