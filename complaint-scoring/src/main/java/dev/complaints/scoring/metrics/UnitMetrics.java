package dev.complaints.scoring.metrics;

import dev.complaints.core.model.Channel;
import dev.complaints.core.model.Grade;
import dev.complaints.scoring.record.CallStats;
import dev.complaints.sla.AlertLevel;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The metrics of one unit for one period, an immutable snapshot.
 *
 * @param unit the unit
 * @param tickets tickets accepted in the period (by the report instant)
 * @param resolution24h the 24-hour resolution counts
 * @param satisfaction the satisfaction counts
 * @param calls the telephony figures from the unit inputs; null when not given
 * @param redLights RED_1, RED_2, RED_3 → number of node visits whose highest level it was
 * @param grades every grade → tickets
 * @param categories category → tickets (only categories seen)
 * @param channels channel → tickets (only channels seen)
 * @param handlingTime acceptance-to-close time of the closed tickets
 * @param repeatComplaints tickets whose subject already had a ticket at this unit in the period
 * @param reopened tickets reopened after a close
 * @param closedUnresolved tickets closed unresolved by the as-of instant: closed without a satisfied customer by
 *     an explicit decision with a written reason (close reason {@code UNRESOLVED}), never counted as resolved
 * @param reporting how the MAJOR and CRITICAL tickets were reported upward: the figure the concealment item and
 *     the unreported-incident deduction use when the unit's inputs do not give theirs
 */
public record UnitMetrics(
    String unit,
    long tickets,
    ResolutionCounts resolution24h,
    SatisfactionCounts satisfaction,
    @Nullable CallStats calls,
    Map<AlertLevel, Long> redLights,
    Map<Grade, Long> grades,
    SortedMap<String, Long> categories,
    SortedMap<Channel, Long> channels,
    HandlingTime handlingTime,
    long repeatComplaints,
    long reopened,
    long closedUnresolved,
    ReportingCounts reporting) {

  /**
   * Copies the maps.
   *
   * @param unit unit
   * @param tickets count
   * @param resolution24h counts
   * @param satisfaction counts
   * @param calls telephony
   * @param redLights by level
   * @param grades by grade
   * @param categories by category
   * @param channels by channel
   * @param handlingTime handling time
   * @param repeatComplaints count
   * @param reopened count
   * @param closedUnresolved count
   * @param reporting the reporting counts of the MAJOR and CRITICAL tickets
   */
  public UnitMetrics {
    java.util.Objects.requireNonNull(reporting, "reporting");
    redLights = Map.copyOf(redLights);
    grades = Map.copyOf(grades);
    categories = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(categories));
    channels = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(channels));
  }

  /**
   * The call answer rate answered / offered; not applicable without figures or with nothing offered.
   *
   * @return the exact rate
   */
  public Ratio answerRate() {
    return calls != null ? new Ratio(calls.answered(), calls.offered()) : new Ratio(0, 0);
  }

  /**
   * The number of red lights at one level.
   *
   * @param level RED_1, RED_2 or RED_3
   * @return the count
   */
  public long redLights(AlertLevel level) {
    return redLights.getOrDefault(level, 0L);
  }

  /**
   * The number of tickets of one grade.
   *
   * @param grade the grade
   * @return the count
   */
  public long grade(Grade grade) {
    return grades.getOrDefault(grade, 0L);
  }
}
