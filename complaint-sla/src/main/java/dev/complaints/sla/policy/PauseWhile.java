package dev.complaints.sla.policy;

import java.util.List;
import java.util.Objects;

/**
 * When a running SLA timer stops counting.
 *
 * @param clockPaused pause while the complaint's clock is paused (between a pause and a resume event)
 * @param nodes pause while the complaint is in one of these nodes (for targets that span nodes, for example
 *     while waiting for the customer)
 */
public record PauseWhile(boolean clockPaused, List<String> nodes) {

  /** Pause while the clock is paused, in no node. */
  public static final PauseWhile CLOCK_PAUSED = new PauseWhile(true, List.of());

  /** The default: never pause (a target that pauses says so). */
  public static final PauseWhile NEVER = new PauseWhile(false, List.of());

  /**
   * Creates the rule.
   *
   * @param clockPaused pause while the complaint's clock is paused
   * @param nodes pause while the complaint is in one of these nodes
   */
  public PauseWhile {
    nodes = List.copyOf(Objects.requireNonNull(nodes, "nodes"));
    for (String n : nodes) {
      if (n.isBlank()) {
        throw new IllegalArgumentException("pause node names must not be blank");
      }
    }
  }
}
