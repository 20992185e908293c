package dev.complaints.scoring.stats;

import java.math.BigDecimal;

/**
 * A key's count and its share of the total.
 *
 * @param key the category, channel, grade or timeliness bucket
 * @param count how many tickets
 * @param share {@code count / total} as a fraction rounded to 4 decimals HALF_UP ({@code 0.2500} is 25 %);
 *     0 when the total is 0
 */
public record Share(String key, long count, BigDecimal share) {}
