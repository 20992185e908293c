package dev.complaints.scoring.stats;

/**
 * An entry of a top-N list (hot spots).
 *
 * @param key the subject or location
 * @param count how many tickets name it
 * @param rank 1 + the number of keys with a strictly higher count (ties share a rank)
 */
public record Ranked(String key, long count, int rank) {}
