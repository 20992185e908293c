package dev.complaints.scoring.stats;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * Volume and satisfaction of one month, with the change from the month before.
 *
 * @param month the month (of acceptance, local date)
 * @param volume tickets accepted in the month
 * @param change {@code volume} minus the previous month's volume, or null for the first month listed
 * @param changeRate {@code change / previous volume} as a fraction, 4 decimals HALF_UP; null for the first
 *     month or when the previous month had no tickets
 * @param visited tickets of the month with a return-visit result (exempt ones left out)
 * @param satisfied of those, VERY_SATISFIED or SATISFIED
 * @param exempt tickets of the month exempted from the return visit
 * @param satisfactionRate {@code satisfied / visited}, 4 decimals HALF_UP; null when nothing was visited
 */
public record MonthTrend(
    YearMonth month,
    long volume,
    @Nullable Long change,
    @Nullable BigDecimal changeRate,
    long visited,
    long satisfied,
    long exempt,
    @Nullable BigDecimal satisfactionRate) {}
