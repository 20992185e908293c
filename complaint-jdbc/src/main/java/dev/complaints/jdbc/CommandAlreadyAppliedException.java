package dev.complaints.jdbc;

import dev.complaints.core.store.VersionConflictException;
import java.util.Objects;

/**
 * An append carried a command id whose events are already stored (a retry, possibly after a restart, or two
 * writers racing with the same command). Nothing was appended; {@link #outcome()} says where the command's
 * events went, so a caller can treat the retry as done. It is a {@link VersionConflictException}: a caller that
 * reloads the complaint after a conflict finds the command's events there.
 */
public final class CommandAlreadyAppliedException extends VersionConflictException {
  private static final long serialVersionUID = 1L;

  private final CommandOutcome outcome;

  /**
   * Creates the exception.
   *
   * @param outcome what the command did when it was first appended
   * @param expectedVersion the version the refused append expected
   */
  public CommandAlreadyAppliedException(CommandOutcome outcome, long expectedVersion) {
    super("command " + Objects.requireNonNull(outcome, "outcome").commandId() + " was already applied to complaint "
        + outcome.complaintId() + " as versions " + outcome.firstVersion() + " to " + outcome.lastVersion()
        + "; nothing was appended", outcome.complaintId(), expectedVersion, outcome.lastVersion());
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
