package dev.complaints.jdbc;

import java.util.Objects;

/**
 * What a command did to the store: the complaint it appended to and the versions its events were given.
 *
 * @param commandId the command id carried by the events
 * @param complaintId the complaint the events were appended to
 * @param firstVersion the version of the command's first event (at least 1)
 * @param lastVersion the version of the command's last event (at least {@code firstVersion})
 */
public record CommandOutcome(String commandId, String complaintId, long firstVersion, long lastVersion) {

  /**
   * Creates the outcome.
   *
   * @throws NullPointerException when an id is null
   * @throws IllegalArgumentException when an id is blank or the versions are not {@code 1 <= first <= last}
   */
  public CommandOutcome {
    Objects.requireNonNull(commandId, "commandId");
    Objects.requireNonNull(complaintId, "complaintId");
    if (commandId.isBlank() || complaintId.isBlank()) {
      throw new IllegalArgumentException("command outcome needs a non-blank command id and complaint id");
    }
    if (firstVersion < 1 || lastVersion < firstVersion) {
      throw new IllegalArgumentException("command " + commandId + ": versions must satisfy 1 <= first <= last, were "
          + firstVersion + " and " + lastVersion);
    }
  }
}
