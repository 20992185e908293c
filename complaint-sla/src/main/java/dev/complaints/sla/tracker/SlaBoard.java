package dev.complaints.sla.tracker;

import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.timer.TimerStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The SLA board at an instant: the open (running or paused) timers grouped by alert level, each group ordered by
 * deadline, then complaint and timer id.
 *
 * @param at the instant
 * @param byLevel open timers by level; every level is present, possibly with an empty list
 * @param calendarDataEnds the last date of holiday data among the policies' calendars (see
 *     {@link SlaTracker#calendarDataEnds()}); null when no calendar is limited to a dataset's years
 */
public record SlaBoard(Instant at, Map<AlertLevel, List<TimerStatus>> byLevel,
    @Nullable LocalDate calendarDataEnds) {

  /**
   * Creates a board.
   *
   * @param at the instant
   * @param byLevel open timers by level
   * @param calendarDataEnds the last date of holiday data, or null
   */
  public SlaBoard {
    Objects.requireNonNull(at, "at");
    EnumMap<AlertLevel, List<TimerStatus>> m = new EnumMap<>(AlertLevel.class);
    for (AlertLevel l : AlertLevel.values()) {
      m.put(l, List.copyOf(byLevel.getOrDefault(l, List.of())));
    }
    byLevel = Collections.unmodifiableMap(m);
  }

  /**
   * Creates a board whose calendars are not limited to a dataset's years.
   *
   * @param at the instant
   * @param byLevel open timers by level
   */
  public SlaBoard(Instant at, Map<AlertLevel, List<TimerStatus>> byLevel) {
    this(at, byLevel, null);
  }

  /**
   * The open timers at a level.
   *
   * @param level the level
   * @return the timers, possibly empty
   */
  public List<TimerStatus> at(AlertLevel level) {
    return byLevel.get(level);
  }

  /**
   * How many open timers are at a level.
   *
   * @param level the level
   * @return the count
   */
  public int count(AlertLevel level) {
    return byLevel.get(level).size();
  }

  /**
   * How many timers are open.
   *
   * @return the count
   */
  public int total() {
    return byLevel.values().stream().mapToInt(List::size).sum();
  }
}
