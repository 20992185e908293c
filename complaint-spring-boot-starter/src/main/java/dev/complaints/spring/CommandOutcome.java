package dev.complaints.spring;

import java.util.Locale;

/** How {@link ComplaintCommands} ended a command. */
public enum CommandOutcome {
  /** The engine decided the command and its events were appended. */
  APPLIED,
  /** The workflow rejected the command; nothing was stored. */
  REJECTED,
  /** The stored version was not the expected one (or the race was lost too often); nothing was stored. */
  CONFLICT,
  /** The command id was already in the complaint's events; the complaint was returned as it was. */
  DUPLICATE;

  /**
   * The name used as a metric tag: {@code applied}, {@code rejected}, {@code conflict} or {@code duplicate}.
   *
   * @return the name in lower case
   */
  public String tagValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
