package dev.complaints.scoring.stats;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The figures of the tickets of one department or one handler (找出被投诉最多的部门,个人).
 *
 * @param key the department or handler
 * @param count how many tickets name it
 * @param share {@code count / volume}, 4 decimals HALF_UP
 * @param rank 1 + the number of keys with a strictly higher count (ties share a rank)
 * @param medianHandlingMinutes the median time from acceptance to close of its closed tickets, in minutes; null
 *     when none is closed
 * @param redLights its red lights (one per visit at a RED level; 0 without an alert evaluation)
 * @param satisfactionRate satisfied / visited of its decided return visits, 4 decimals HALF_UP; null when none
 *     was visited
 */
public record GroupStatistics(
    String key,
    long count,
    BigDecimal share,
    int rank,
    @Nullable Long medianHandlingMinutes,
    long redLights,
    @Nullable BigDecimal satisfactionRate) {}
