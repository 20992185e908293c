package dev.complaints.sla.policy;

import dev.complaints.core.model.Grade;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One target of an SLA policy: {@code {name, start, stop, pauseWhile, limit by grade, clock, calendar}}.
 *
 * <p>The common case is a <em>node timer</em> ({@link Builder#node(String)}): it starts when the complaint enters
 * the node and stops when it leaves it; a node visited twice is two timers. A target may also span nodes, with
 * explicit {@linkplain #start() start} and {@linkplain #stop() stop} triggers (for example "reply within 5 working
 * days of receipt": start on {@link Trigger#received()}, stop on entering the reply node or on closing).
 *
 * <p>The target has a default clock and calendar; the limit of each grade may override both (the
 * {@code mall-ticket} HANDLING node counts GENERAL and SERIOUS complaints continuously and MAJOR and CRITICAL
 * ones in national working days). Every grade has a limit. Instances are immutable.
 */
public final class SlaTarget {
  private final String name;
  private final @Nullable String node;
  private final List<Trigger> start;
  private final List<Trigger> stop;
  private final PauseWhile pauseWhile;
  private final ClockKind clock;
  private final @Nullable String calendar;
  private final Map<Grade, Limit> limits;

  private SlaTarget(Builder b) {
    this.name = requireName(b.name);
    this.node = b.node;
    this.clock = Objects.requireNonNull(b.clock, "target '" + name + "': clock");
    this.calendar = b.calendar;
    if (clock.needsCalendar() && calendar == null) {
      throw new IllegalArgumentException("target '" + name + "': a " + clock + " clock needs a calendar id");
    }
    if (!clock.needsCalendar() && calendar != null) {
      throw new IllegalArgumentException("target '" + name + "': a CONTINUOUS clock takes no calendar");
    }
    if (node != null) {
      if (!b.start.isEmpty() || !b.stop.isEmpty()) {
        throw new IllegalArgumentException(
            "target '" + name + "': a node target starts and stops with its node; give node or start/stop");
      }
      this.start = List.of(Trigger.enter(node));
      this.stop = List.of(Trigger.leave(node));
    } else {
      if (b.start.isEmpty() || b.stop.isEmpty()) {
        throw new IllegalArgumentException("target '" + name + "': needs a node or start and stop triggers");
      }
      this.start = List.copyOf(b.start);
      this.stop = List.copyOf(b.stop);
    }
    this.pauseWhile = Objects.requireNonNull(b.pauseWhile, "pauseWhile");
    EnumMap<Grade, Limit> m = new EnumMap<>(Grade.class);
    for (Grade g : Grade.values()) {
      Limit l = b.limits.get(g);
      if (l == null) {
        throw new IllegalArgumentException("target '" + name + "': no limit for grade " + g);
      }
      m.put(g, l);
    }
    this.limits = Collections.unmodifiableMap(m);
    if (start.contains(Trigger.major()) && start.size() > 1) {
      throw new IllegalArgumentException("target '" + name + "': a target started by MAJOR counts from the receipt"
          + " and is started by nothing else, was started by " + start);
    }
    if (stop.contains(Trigger.major())) {
      throw new IllegalArgumentException("target '" + name + "': MAJOR starts a target, it does not stop one");
    }
    if (start.contains(Trigger.reported())) {
      throw new IllegalArgumentException("target '" + name + "': REPORTED stops a target, it does not start one");
    }
    boolean untilPlanDue = m.values().stream().anyMatch(Limit::isUntilPlanDue);
    if (untilPlanDue && !start.equals(List.of(Trigger.planConfirmed()))) {
      throw new IllegalArgumentException("target '" + name + "': a limit until the plan's due instant needs a "
          + "target started only by PLAN_CONFIRMED, was started by " + start);
    }
  }

  private static String requireName(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a target needs a non-blank name");
    }
    return name;
  }

  /**
   * A new builder.
   *
   * @param name the target's name, unique in its policy
   * @return the builder
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /**
   * A builder holding this target's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(name);
    if (node != null) {
      b.node(node);
    } else {
      b.start.addAll(start);
      b.stop.addAll(stop);
    }
    b.pauseWhile(pauseWhile);
    b.clock = clock;
    b.calendar = calendar;
    b.limits.putAll(limits);
    return b;
  }

  /**
   * The target's name, unique in its policy.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The node of a node timer; null for a target spanning nodes.
   *
   * @return the node, or null
   */
  public @Nullable String node() {
    return node;
  }

  /**
   * What starts the timer (any of these).
   *
   * @return the start triggers
   */
  public List<Trigger> start() {
    return start;
  }

  /**
   * What stops the timer (any of these).
   *
   * @return the stop triggers
   */
  public List<Trigger> stop() {
    return stop;
  }

  /**
   * When the timer stops counting.
   *
   * @return the pause rule
   */
  public PauseWhile pauseWhile() {
    return pauseWhile;
  }

  /**
   * The default clock of the target (a grade's limit may use another).
   *
   * @return the clock
   */
  public ClockKind clock() {
    return clock;
  }

  /**
   * The default calendar id of the target; null for CONTINUOUS.
   *
   * @return the calendar id, or null
   */
  public @Nullable String calendar() {
    return calendar;
  }

  /**
   * Every calendar id the target names: its default calendar, then those of the grades' limits, in order of
   * first mention.
   *
   * @return the ids, empty for a target that only counts continuously
   */
  public Set<String> calendarIds() {
    Set<String> ids = new LinkedHashSet<>();
    if (calendar != null) {
      ids.add(calendar);
    }
    for (Limit l : limits.values()) {
      String c = l.calendar();
      if (c != null) {
        ids.add(c);
      }
    }
    return Collections.unmodifiableSet(ids);
  }

  /**
   * The limit of every grade.
   *
   * @return the limits, one per grade
   */
  public Map<Grade, Limit> limits() {
    return limits;
  }

  /**
   * The limit for a grade.
   *
   * @param grade the complaint's grade
   * @return the limit
   */
  public Limit limitFor(Grade grade) {
    return limits.get(Objects.requireNonNull(grade, "grade"));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SlaTarget t
        && name.equals(t.name)
        && Objects.equals(node, t.node)
        && start.equals(t.start)
        && stop.equals(t.stop)
        && pauseWhile.equals(t.pauseWhile)
        && clock == t.clock
        && Objects.equals(calendar, t.calendar)
        && limits.equals(t.limits);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, node, start, stop, pauseWhile, clock, calendar, limits);
  }

  @Override
  public String toString() {
    return "SlaTarget{" + name + (node == null ? ", start=" + start + ", stop=" + stop : ", node=" + node)
        + ", clock=" + clock + (calendar == null ? "" : ", calendar=" + calendar) + ", limits=" + limits + "}";
  }

  /** Builds a {@link SlaTarget}. */
  public static final class Builder {
    private final String name;
    private @Nullable String node;
    private final List<Trigger> start = new ArrayList<>();
    private final List<Trigger> stop = new ArrayList<>();
    private PauseWhile pauseWhile = PauseWhile.NEVER;
    private ClockKind clock;
    private @Nullable String calendar;
    private final EnumMap<Grade, Limit> limits = new EnumMap<>(Grade.class);

    private Builder(String name) {
      this.name = name;
    }

    /**
     * Makes this a node timer: start on entering the node, stop on leaving it.
     *
     * @param node the node
     * @return this builder
     */
    public Builder node(String node) {
      if (node == null || node.isBlank()) {
        throw new IllegalArgumentException("node must not be blank");
      }
      this.node = node;
      return this;
    }

    /**
     * Adds a start trigger (for targets spanning nodes).
     *
     * @param trigger the trigger
     * @return this builder
     */
    public Builder startOn(Trigger trigger) {
      start.add(Objects.requireNonNull(trigger, "trigger"));
      return this;
    }

    /**
     * Adds a stop trigger (for targets spanning nodes).
     *
     * @param trigger the trigger
     * @return this builder
     */
    public Builder stopOn(Trigger trigger) {
      stop.add(Objects.requireNonNull(trigger, "trigger"));
      return this;
    }

    /**
     * Sets when the timer stops counting (default {@link PauseWhile#NEVER}: it never does).
     *
     * @param pauseWhile the pause rule
     * @return this builder
     */
    public Builder pauseWhile(PauseWhile pauseWhile) {
      this.pauseWhile = Objects.requireNonNull(pauseWhile, "pauseWhile");
      return this;
    }

    /**
     * Sets the default clock to CONTINUOUS.
     *
     * @return this builder
     */
    public Builder continuous() {
      this.clock = ClockKind.CONTINUOUS;
      this.calendar = null;
      return this;
    }

    /**
     * Sets the default clock and calendar.
     *
     * @param clock the clock
     * @param calendar the calendar id; null for CONTINUOUS
     * @return this builder
     */
    public Builder clock(ClockKind clock, @Nullable String calendar) {
      this.clock = Objects.requireNonNull(clock, "clock");
      this.calendar = calendar;
      return this;
    }

    /**
     * Sets the limit of every grade to a duration on the target's default clock.
     *
     * @param limit the limit, positive
     * @return this builder
     */
    public Builder limit(Duration limit) {
      for (Grade g : Grade.values()) {
        limit(g, limit);
      }
      return this;
    }

    /**
     * Sets the limit of every grade to a number of working days on the target's default calendar (the default
     * clock must be WORKING_DAYS).
     *
     * @param days number of working days
     * @return this builder
     */
    public Builder limitWorkingDays(int days) {
      for (Grade g : Grade.values()) {
        limitWorkingDays(g, days);
      }
      return this;
    }

    /**
     * Sets one grade's limit to a duration on the target's default clock (set the clock first).
     *
     * @param grade the grade
     * @param limit the limit, positive
     * @return this builder
     */
    public Builder limit(Grade grade, Duration limit) {
      requireClock();
      return limit(grade, Limit.ofDuration(clock, calendar, limit));
    }

    /**
     * Sets one grade's limit to a number of working days on the target's default calendar.
     *
     * @param grade the grade
     * @param days number of working days
     * @return this builder
     */
    public Builder limitWorkingDays(Grade grade, int days) {
      requireClock();
      if (clock != ClockKind.WORKING_DAYS) {
        throw new IllegalStateException("target '" + name + "': the default clock is " + clock
            + "; give a Limit with its own WORKING_DAYS clock instead");
      }
      return limit(grade, Limit.workingDays(days, calendar));
    }

    /**
     * Sets one grade's limit, with its own clock and calendar.
     *
     * @param grade the grade
     * @param limit the limit
     * @return this builder
     */
    public Builder limit(Grade grade, Limit limit) {
      limits.put(Objects.requireNonNull(grade, "grade"), Objects.requireNonNull(limit, "limit"));
      return this;
    }

    private void requireClock() {
      if (clock == null) {
        throw new IllegalStateException("target '" + name + "': set the clock before the limits");
      }
    }

    /**
     * Builds the target.
     *
     * @return the target
     * @throws IllegalArgumentException when a value is missing or inconsistent
     */
    public SlaTarget build() {
      return new SlaTarget(this);
    }
  }
}
