package dev.complaints.scoring.stats;

import java.util.List;

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
 */
public record Breakdown(
    long volume,
    List<MonthTrend> months,
    List<Share> categories,
    List<Share> channels,
    List<Share> grades,
    List<Share> timeliness,
    List<Ranked> topSubjects,
    List<Ranked> topLocations) {

  /** Copies the lists. */
  public Breakdown {
    months = List.copyOf(months);
    categories = List.copyOf(categories);
    channels = List.copyOf(channels);
    grades = List.copyOf(grades);
    timeliness = List.copyOf(timeliness);
    topSubjects = List.copyOf(topSubjects);
    topLocations = List.copyOf(topLocations);
  }
}
