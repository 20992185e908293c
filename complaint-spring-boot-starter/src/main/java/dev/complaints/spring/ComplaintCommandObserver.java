package dev.complaints.spring;

import java.time.Duration;

/**
 * Told of every command {@link ComplaintCommands} handles. Every bean of this type in the application context is
 * called; the metrics of the auto-configuration are one. An observer must not throw.
 */
@FunctionalInterface
public interface ComplaintCommandObserver {

  /**
   * One command ended.
   *
   * @param commandType the command's type name, such as {@code AssignGrade}
   * @param outcome how it ended
   * @param took how long it took
   */
  void commandHandled(String commandType, CommandOutcome outcome, Duration took);
}
