package dev.complaints.scoring.stats;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The return visits of a set of tickets (满意度调查): the rate, the mean score and the distribution.
 *
 * @param visited decided return visits with a result (exempt ones left out)
 * @param rate (VERY_SATISFIED + SATISFIED) / visited, 4 decimals HALF_UP; null when nothing was visited
 * @param meanScore the mean score on 1–5 (VERY_DISSATISFIED 1 … VERY_SATISFIED 5), 2 decimals HALF_UP; null when
 *     nothing was visited
 * @param distribution the five levels from VERY_SATISFIED to VERY_DISSATISFIED, each with its count and share of
 *     {@code visited}
 */
public record SatisfactionSummary(
    long visited, @Nullable BigDecimal rate, @Nullable BigDecimal meanScore, List<Share> distribution) {

  /** Copies the list. */
  public SatisfactionSummary {
    distribution = List.copyOf(distribution);
  }
}
