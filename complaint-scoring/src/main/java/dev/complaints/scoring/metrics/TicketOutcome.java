package dev.complaints.scoring.metrics;

import dev.complaints.core.model.Grade;
import dev.complaints.core.model.Satisfaction;
import dev.complaints.scoring.record.FieldException;
import dev.complaints.scoring.record.ReturnVisitRecord;
import dev.complaints.scoring.record.StageRecord;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.sla.AlertLevel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What one ticket contributes to the metrics, as known at the report instant.
 *
 * @param resolution its place in the 24-hour resolution rate
 * @param returnVisit the return-visit outcome decided by then: a result or an exemption; null when none was decided
 * @param redLights the highest RED level of each timed node visit that reached one
 * @param timeToClose acceptance to close; null when not closed by then
 * @param reopened whether it was reopened after a close
 * @param closedUnresolved whether it was closed unresolved by the as-of instant (close reason {@code UNRESOLVED}:
 *     closed without a satisfied customer by an explicit decision with a written reason)
 * @param reportedLate whether it is MAJOR or CRITICAL and was not reported upward within the options' reporting
 *     limit of its receipt, as known at the as-of instant ({@link ReportingCounts#late})
 */
public record TicketOutcome(
    ResolutionOutcome resolution,
    @Nullable ReturnVisitRecord returnVisit,
    List<AlertLevel> redLights,
    @Nullable Duration timeToClose,
    boolean reopened,
    boolean closedUnresolved,
    boolean reportedLate) {

  /**
   * Copies the lists.
   *
   * @param resolution not null
   * @param returnVisit the decided return visit, or null
   * @param redLights red levels only
   * @param timeToClose the time to close, or null
   * @param reopened reopened flag
   */
  public TicketOutcome {
    redLights = List.copyOf(redLights);
  }

  /**
   * Evaluates one ticket. Only what happened by {@code asOf} counts: later stage entries and exits are
   * ignored, a node visit still open then counts at the alert level reached by then.
   *
   * @param t the ticket
   * @param asOf the report instant
   * @param options metric options
   * @param alerts the alert evaluation of node visits
   * @return the outcome
   * @throws FieldException naming the visit ({@code stages[i]}) and the ticket when its alert level cannot be
   *     evaluated because its extensions make the limit or the deadline overflow
   * @throws dev.complaints.sla.calendar.CalendarRangeException as the calendar gives it when a calendar does not
   *     cover a date the visit's timing needs
   */
  public static TicketOutcome evaluate(TicketRecord t, Instant asOf, MetricOptions options, VisitAlerts alerts) {
    // the red levels straight from the visits, without the list of every visit's level
    List<AlertLevel> red = List.of();
    List<StageRecord> stages = t.stages();
    for (int i = 0, n = stages.size(); i < n; i++) {
      red = withRed(red, level(t, i, stages.get(i), asOf, alerts));
    }
    return outcome(t, asOf, options, red);
  }

  /**
   * Evaluates one ticket whose node visits were already evaluated, so that a caller that needs the visits'
   * levels for something else too (the fines of a quarter) evaluates them once.
   *
   * @param t the ticket
   * @param asOf the report instant
   * @param options metric options
   * @param visitLevels the ticket's {@link #visitLevels(TicketRecord, Instant, VisitAlerts)} as of the same
   *     instant
   * @return the outcome, equal to {@link #evaluate(TicketRecord, Instant, MetricOptions, VisitAlerts)} with
   *     the evaluation the levels came from
   * @throws IllegalArgumentException when there is not one level per stage
   */
  public static TicketOutcome evaluate(
      TicketRecord t, Instant asOf, MetricOptions options, List<AlertLevel> visitLevels) {
    if (visitLevels.size() != t.stages().size()) {
      throw new IllegalArgumentException("ticket " + t.id() + " has " + t.stages().size() + " stages but "
          + visitLevels.size() + " visit levels were given");
    }
    List<AlertLevel> red = List.of();
    for (int i = 0, n = visitLevels.size(); i < n; i++) {
      red = withRed(red, visitLevels.get(i));
    }
    return outcome(t, asOf, options, red);
  }

  /** The red levels so far with {@code level} added when it is red; a list is made only for the first red one. */
  private static List<AlertLevel> withRed(List<AlertLevel> red, AlertLevel level) {
    if (!level.isRed()) {
      return red;
    }
    List<AlertLevel> out = red.isEmpty() ? new ArrayList<>(2) : red;
    out.add(level);
    return out;
  }

  private static TicketOutcome outcome(TicketRecord t, Instant asOf, MetricOptions options, List<AlertLevel> red) {
    Instant closedAt = t.closedAt();
    Duration ttc = closedAt != null && t.closedBy(asOf) ? Duration.between(t.acceptedAt(), closedAt) : null;
    Visits visits = new Visits(t, asOf);
    return new TicketOutcome(visits.resolution(options), visits.returnVisit(), red, ttc,
        visits.reopened(), t.closedUnresolvedBy(asOf), t.grade().isAtLeast(Grade.MAJOR)
            && ReportingCounts.late(ReportingCounts.dutyStart(t), t.reportedAt(), asOf, options.reportLimit()));
  }

  /**
   * The highest alert level each node visit of the ticket reached by {@code asOf}, one per stage in stage
   * order: a visit entered after {@code asOf} is not evaluated and gets {@link AlertLevel#NONE}, as does a
   * visit of a node without a target; a visit still open then counts at the level reached by then. The red
   * lights of the scorecards and of the fines are both taken from these levels.
   *
   * @param t the ticket
   * @param asOf the report instant
   * @param alerts the alert evaluation of node visits
   * @return the levels, never null
   * @throws FieldException naming the visit ({@code stages[i]}) and the ticket when its alert level cannot be
   *     evaluated because its extensions make the limit or the deadline overflow
   * @throws dev.complaints.sla.calendar.CalendarRangeException as the calendar gives it when a calendar does not
   *     cover a date the visit's timing needs (never wrapped)
   */
  public static List<AlertLevel> visitLevels(TicketRecord t, Instant asOf, VisitAlerts alerts) {
    List<StageRecord> stages = t.stages();
    AlertLevel[] levels = new AlertLevel[stages.size()];
    for (int i = 0; i < levels.length; i++) {
      levels[i] = level(t, i, stages.get(i), asOf, alerts);
    }
    return List.of(levels);
  }

  /** The highest level of visit {@code i}, {@code v}: NONE when entered after {@code asOf}. */
  private static AlertLevel level(TicketRecord t, int i, StageRecord v, Instant asOf, VisitAlerts alerts) {
    if (v.enteredAt().isAfter(asOf)) {
      return AlertLevel.NONE;
    }
    AlertLevel level;
    try {
      level = alerts.highestLevel(t, v, asOf);
    } catch (FieldException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new FieldException(
          "stages[" + i + "]",
          "ticket " + t.id() + ": the " + v.stage() + " visit cannot be timed: " + e.getMessage());
    }
    return level == null ? AlertLevel.NONE : level;
  }

  /**
   * The 24-hour resolution outcome (docs/scoring.md): eligible = GENERAL and not an excluded category nor one of its
   * descendants in the options' taxonomy ({@link MetricOptions#excludes(String)}); measured in
   * wall-clock time from the first HANDLING entry (or acceptance, by option) to the exit of the last HANDLING
   * visit; pauses and extensions do not change it.
   *
   * @param t the ticket
   * @param asOf the report instant
   * @param options the options
   * @return the outcome
   */
  public static ResolutionOutcome resolution(TicketRecord t, Instant asOf, MetricOptions options) {
    return new Visits(t, asOf).resolution(options);
  }

  /**
   * The return-visit outcome if it was decided by {@code asOf}: at the exit of the record's last RETURN_VISIT
   * visit (the record's result is that of its last visit: after an earlier visit ended in an escalation the
   * outcome stays pending until the last one is over), or, for a record without RETURN_VISIT visits, at its
   * close (or whenever the record states it, when it has no close either).
   *
   * @param t the ticket
   * @param asOf the report instant
   * @return the decided outcome; null when the ticket has none or it was not decided by {@code asOf}
   */
  public static @Nullable ReturnVisitRecord returnVisit(TicketRecord t, Instant asOf) {
    return t.returnVisit() == null ? null : new Visits(t, asOf).returnVisit();
  }

  /**
   * Whether the ticket was reopened by {@code asOf}: it has a {@code CLOSED} visit followed by a later
   * visit of another node entered by then.
   *
   * @param t the ticket
   * @param asOf the report instant
   * @return true when reopened
   */
  public static boolean reopened(TicketRecord t, Instant asOf) {
    return new Visits(t, asOf).reopened();
  }

  /**
   * What the outcome needs from a ticket's visits, found in one pass over them (a ticket is evaluated for every
   * report, so its visits are looked at once, not once for each part of the outcome).
   */
  private static final class Visits {
    private final TicketRecord t;
    private final Instant asOf;
    /** The HANDLING visits entered by the report instant: the earliest entered (the first of equals) and the latest. */
    private @Nullable StageRecord firstHandling;
    private @Nullable StageRecord lastHandling;
    /** The RETURN_VISIT visit entered last (the later of equals), entered by the report instant or not. */
    private @Nullable StageRecord lastReturnVisit;
    /** The earliest entry into CLOSED, and the latest entry into another node, by the report instant. */
    private @Nullable Instant firstClosed;
    private @Nullable Instant lastOther;

    Visits(TicketRecord t, Instant asOf) {
      this.t = t;
      this.asOf = asOf;
      List<StageRecord> stages = t.stages();
      for (int i = 0, n = stages.size(); i < n; i++) {
        StageRecord v = stages.get(i);
        String stage = v.stage();
        Instant entered = v.enteredAt();
        if (StageRecord.RETURN_VISIT.equals(stage)
            && (lastReturnVisit == null || !entered.isBefore(lastReturnVisit.enteredAt()))) {
          lastReturnVisit = v;
        }
        if (entered.isAfter(asOf)) {
          continue;
        }
        if (StageRecord.CLOSED.equals(stage)) {
          if (firstClosed == null || entered.isBefore(firstClosed)) {
            firstClosed = entered;
          }
          continue;
        }
        if (lastOther == null || entered.isAfter(lastOther)) {
          lastOther = entered;
        }
        if (StageRecord.HANDLING.equals(stage)) {
          if (firstHandling == null || entered.isBefore(firstHandling.enteredAt())) {
            firstHandling = v;
          }
          if (lastHandling == null || !entered.isBefore(lastHandling.enteredAt())) {
            lastHandling = v;
          }
        }
      }
    }

    ResolutionOutcome resolution(MetricOptions options) {
      if (t.grade() != Grade.GENERAL || options.excludes(t.category())) {
        return ResolutionOutcome.NOT_ELIGIBLE;
      }
      StageRecord first = firstHandling;
      StageRecord last = lastHandling;
      Duration window = options.resolutionWindow();
      if (first == null || last == null) {
        if (t.closedBy(asOf)) {
          return ResolutionOutcome.LEFT_OUT;
        }
        if (options.resolutionBasis() == ResolutionBasis.ACCEPTANCE
            && Duration.between(t.acceptedAt(), asOf).compareTo(window) >= 0) {
          return ResolutionOutcome.UNRESOLVED;
        }
        return ResolutionOutcome.PENDING;
      }
      Instant start =
          options.resolutionBasis() == ResolutionBasis.ACCEPTANCE ? t.acceptedAt() : first.enteredAt();
      if (last.leftBy(asOf)) {
        return Duration.between(start, Objects.requireNonNull(last.leftAt(), "leftAt")).compareTo(window) <= 0
            ? ResolutionOutcome.RESOLVED
            : ResolutionOutcome.UNRESOLVED;
      }
      return Duration.between(start, asOf).compareTo(window) < 0
          ? ResolutionOutcome.PENDING
          : ResolutionOutcome.UNRESOLVED;
    }

    @Nullable ReturnVisitRecord returnVisit() {
      if (t.returnVisit() == null) {
        return null;
      }
      boolean decided = lastReturnVisit != null ? lastReturnVisit.leftBy(asOf)
          : t.closedAt() == null || t.closedBy(asOf);
      return decided ? t.returnVisit() : null;
    }

    boolean reopened() {
      return firstClosed != null && lastOther != null && !lastOther.isBefore(firstClosed);
    }
  }

  /**
   * Counts the red lights by level.
   *
   * @return RED_1, RED_2, RED_3 → count (all three present)
   */
  public Map<AlertLevel, Long> redLightCounts() {
    Map<AlertLevel, Long> m = new EnumMap<>(AlertLevel.class);
    m.put(AlertLevel.RED_1, 0L);
    m.put(AlertLevel.RED_2, 0L);
    m.put(AlertLevel.RED_3, 0L);
    for (AlertLevel l : redLights) {
      m.merge(l, 1L, Long::sum);
    }
    return m;
  }

  /**
   * Whether the decided return visit was satisfied.
   *
   * @return true for VERY_SATISFIED or SATISFIED
   */
  public boolean satisfied() {
    return returnVisit != null && returnVisit.result() != null && returnVisit.result().isSatisfied();
  }
}
