package dev.complaints.scoring.scorecard;

import dev.complaints.scoring.metrics.UnitMetrics;
import dev.complaints.scoring.rubric.ExtraDeduction;
import dev.complaints.scoring.rubric.ItemScore;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A unit's scorecard for one month.
 *
 * @param unit the unit
 * @param region its region; null when unknown (then it is left out of region scores)
 * @param period the month
 * @param items every rubric item's score, in rubric order
 * @param extraDeductions deductions applied to the total
 * @param total the total, within {@code 0..maxTotal}
 * @param metrics the metrics it was scored from
 */
public record MonthlyScorecard(
    String unit,
    @Nullable String region,
    YearMonth period,
    List<ItemScore> items,
    List<ExtraDeduction> extraDeductions,
    int total,
    UnitMetrics metrics) {

  /**
   * Copies the lists.
   *
   * @param unit not null
   * @param region the region, or null
   * @param period not null
   * @param items not null
   * @param extraDeductions not null
   * @param total the total
   * @param metrics not null
   */
  public MonthlyScorecard {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(period, "period");
    items = List.copyOf(items);
    extraDeductions = List.copyOf(extraDeductions);
    Objects.requireNonNull(metrics, "metrics");
  }

  /**
   * The score of one item.
   *
   * @param id the item id
   * @return the score
   * @throws IllegalArgumentException when the rubric has no such item
   */
  public ItemScore item(String id) {
    return items.stream()
        .filter(i -> i.item().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no item '" + id + "' on the scorecard of " + unit));
  }

  /**
   * The sum of the extra deductions (not positive).
   *
   * @return the sum
   */
  public int extraTotal() {
    return extraDeductions.stream().mapToInt(ExtraDeduction::points).sum();
  }
}
