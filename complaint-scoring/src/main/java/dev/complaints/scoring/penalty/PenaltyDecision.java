package dev.complaints.scoring.penalty;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One penalty decision: who, by which rule, how much, and why (in English and Simplified Chinese).
 *
 * <p>A decision is either a percentage of the person's base salary ({@link Measure#PERCENT_OF_BASE_SALARY},
 * for example {@code 0.5} meaning 0.5 %) or a fixed amount in CNY ({@link Measure#AMOUNT_CNY}). It is a
 * decision, not a payroll entry.
 *
 * @param rule the rule applied
 * @param role who is penalised
 * @param unit the unit concerned, or null for a region-level decision
 * @param region the region concerned, or null when unknown
 * @param period the period: a quarter such as {@code 2026-Q4}, or a fine window such as {@code 2026-10}
 * @param occurrence for ladders, the how-many-th time in the year (1-based); for fines, the number of events
 * @param measure percentage of base salary or amount in CNY
 * @param value the percentage or the amount
 * @param reason why, in English
 * @param reasonZh why, in Simplified Chinese
 */
public record PenaltyDecision(
    PenaltyRule rule,
    Role role,
    @Nullable String unit,
    @Nullable String region,
    String period,
    int occurrence,
    Measure measure,
    BigDecimal value,
    String reason,
    String reasonZh) {

  /** How a decision's value is meant. */
  public enum Measure {
    /** A percentage of the base salary (基础工资); {@code 0.5} means 0.5 %. */
    PERCENT_OF_BASE_SALARY,
    /** A fixed amount in yuan (元). */
    AMOUNT_CNY
  }

  /** Checks the required fields. */
  public PenaltyDecision {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(reasonZh, "reasonZh");
  }
}
