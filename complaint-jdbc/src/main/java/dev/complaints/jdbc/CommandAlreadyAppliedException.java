package dev.complaints.jdbc;

import java.util.Objects;

/**
 * An append carried a command id whose events are already stored (a retry, possibly after a restart, or two
 * writers racing with the same command). Nothing was appended; {@link #outcome()} says where the command's
 * events went, so a caller can treat the retry as done.
 */
public final class CommandAlreadyAppliedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final CommandOutcome outcome;

  /**
   * Creates the exception.
   *
   * @param outcome what the command did when it was first appended
   */
  public CommandAlreadyAppliedException(CommandOutcome outcome) {
    super("command " + Objects.requireNonNull(outcome, "outcome").commandId() + " was already applied to complaint "
        + outcome.complaintId() + " as versions " + outcome.firstVersion() + " to " + outcome.lastVersion()
        + "; nothing was appended");
    this.outcome = outcome;
  }

  /**
   * Where the command's events were stored the first time.
   *
   * @return the original outcome
   */
  public CommandOutcome outcome() {
    return outcome;
  }
}
