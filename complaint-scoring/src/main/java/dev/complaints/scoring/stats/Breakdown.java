package dev.complaints.scoring.stats;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Statistics of a set of tickets (one unit, or all).
 *
 * @param volume number of tickets
 * @param months one entry per month from the first to the last month with tickets (months in between
 *     without tickets are listed with volume 0)
 * @param categories shares by category code, by count descending then code
 * @param channels shares by channel, every channel in declaration order
 * @param grades shares by grade, every grade in severity order
 * @param timeliness shares by {@link Timeliness} bucket, every bucket in declaration order
 * @param topSubjects the top-N subjects (ties at the cut are all kept), by count descending then key
 * @param topLocations the top-N locations, likewise
 * @param departments every department named by the tickets (the last dispatch's), by count descending then key
 * @param handlers the top-N handlers, likewise (ties at the cut are all kept)
 * @param rootCauses every root cause named, by count descending then code; shares of the tickets naming one
 * @param satisfaction the decided return visits: rate, mean score, distribution
 * @param closed tickets closed by the as-of instant
 * @param handlingRate 處理率: {@code closed / volume} (tickets closed ÷ tickets received), 4 decimals HALF_UP;
 *     null when there are no tickets
 * @param plans how the confirmed plans went
 * @param redLights red lights of every ticket (0 without an alert evaluation)
 * @param repeat repeat complaints: for each subject named n times, n − 1
 * @param reopened tickets reopened by the as-of instant
 */
public record Breakdown(
    long volume,
    List<MonthTrend> months,
    List<Share> categories,
    List<Share> channels,
    List<Share> grades,
    List<Share> timeliness,
    List<Ranked> topSubjects,
    List<Ranked> topLocations,
    List<GroupStatistics> departments,
    List<GroupStatistics> handlers,
    List<RootCauseShare> rootCauses,
    SatisfactionSummary satisfaction,
    long closed,
    @Nullable BigDecimal handlingRate,
    PlanStatistics plans,
    long redLights,
    long repeat,
    long reopened) {

  /** Copies the lists. */
  public Breakdown {
    months = List.copyOf(months);
    categories = List.copyOf(categories);
    channels = List.copyOf(channels);
    grades = List.copyOf(grades);
    timeliness = List.copyOf(timeliness);
    topSubjects = List.copyOf(topSubjects);
    topLocations = List.copyOf(topLocations);
    departments = List.copyOf(departments);
    handlers = List.copyOf(handlers);
    rootCauses = List.copyOf(rootCauses);
  }
}
