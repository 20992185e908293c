/**
 * Penalty decisions of the mall rules (处罚, docs/domain.md): the quarterly ladder for units scoring below 80, the quarterly penalty
 * for the last-ranked region scoring below 90, and the monthly fines per red light, concealment finding and
 * publicity finding counted over the 26th of one month to the 25th of the next; and, as data beside them, the
 * quarter's commendations ({@link dev.complaints.scoring.penalty.RewardLadder}, 奖励机制): units at 95 or more
 * without a red light, the first region at 95 or more.
 *
 * <p>The library outputs {@link dev.complaints.scoring.penalty.PenaltyDecision decisions} and
 * {@link dev.complaints.scoring.penalty.Commendation commendations} — who, which rule, how much and why — not
 * payroll: applying a percentage to a salary, or what a commendation brings, is the host's business.
 */
@NullMarked
package dev.complaints.scoring.penalty;

import org.jspecify.annotations.NullMarked;
