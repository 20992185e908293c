package dev.complaints.streams.demo;

/**
 * A plaza (广场) of the simulated mall operator: an org unit that is scored, inside a region (城市公司).
 *
 * @param unit unit id used in records and scorecards, for example {@code plaza-01}
 * @param region region id, for example {@code city-a}
 * @param name display name
 * @param size relative complaint volume (1.0 = an average plaza)
 * @param laxity how often its staff run late, relative to an average plaza (1.0)
 */
public record Plaza(String unit, String region, String name, double size, double laxity) {}
