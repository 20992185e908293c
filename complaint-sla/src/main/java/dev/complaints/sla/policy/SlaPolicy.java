package dev.complaints.sla.policy;

import dev.complaints.core.model.Grade;
import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.timer.Extension;
import dev.complaints.sla.timer.NodeVisit;
import dev.complaints.sla.timer.Pause;
import dev.complaints.sla.policy.internal.TimerMath;
import dev.complaints.sla.timer.StageVisit;
import dev.complaints.sla.timer.VisitOutcome;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * An SLA policy: named targets (node timers and targets spanning nodes), each with a limit per grade on a clock,
 * and the alert ladder. Built in Java with {@link #builder(String)} or read from JSON with
 * {@link SlaPolicies#read(String)}; immutable and thread-safe.
 *
 * <p>The calendars the targets name are resolved through a {@link CalendarLookup} (the built-in
 * {@code mall-hours} and {@code cn-national} unless the builder is given others); every id must be known when
 * the policy is built. Dates beyond the years of a holiday-dataset calendar are refused unless the policy
 * chooses the weekly rule for them ({@link #unknownYears()}). Equality compares the id, description, ladder,
 * targets and that choice, not the lookup.
 */
public final class SlaPolicy {
  private final String id;
  private final @Nullable String description;
  private final AlertLadder alertLadder;
  private final List<SlaTarget> targets;
  private final CalendarLookup calendars;
  private final CalendarLookup lookup;
  private final UnknownYears unknownYears;
  /** Index of each timed node's target in {@link #targets}. */
  private final Map<String, Integer> nodeTargets;
  private final TimerMath.Rules rules;

  private SlaPolicy(Builder b) {
    if (b.id == null || b.id.isBlank()) {
      throw new IllegalArgumentException("a policy needs a non-blank id");
    }
    this.id = b.id;
    if (b.description != null && b.description.isBlank()) {
      throw new IllegalArgumentException("policy '" + b.id + "': the description must be null or not blank");
    }
    this.description = b.description;
    this.alertLadder = b.alertLadder;
    this.targets = List.copyOf(b.targets);
    this.lookup = b.calendars;
    this.unknownYears = b.unknownYears;
    this.calendars = unknownYears == UnknownYears.WEEKLY ? lookup.withWeeklyRuleForUnknownYears() : lookup;
    if (targets.isEmpty()) {
      throw new IllegalArgumentException("policy '" + id + "' has no targets");
    }
    Set<String> names = new HashSet<>();
    Set<String> nodes = new HashSet<>();
    Set<String> known = calendars.ids();
    for (SlaTarget t : targets) {
      if (!names.add(t.name())) {
        throw new IllegalArgumentException("policy '" + id + "': two targets are named '" + t.name() + "'");
      }
      String node = t.node();
      if (node != null && !nodes.add(node)) {
        throw new IllegalArgumentException("policy '" + id + "': two targets time node '" + node + "'");
      }
      for (String c : new TreeSet<>(t.calendarIds())) {
        if (!known.contains(c)) {
          throw new IllegalArgumentException(
              "policy '" + id + "', target '" + t.name() + "': unknown calendar id '" + c + "'; known: " + known);
        }
      }
    }
    Map<String, Integer> byNode = new HashMap<>();
    for (int i = 0; i < targets.size(); i++) {
      String node = targets.get(i).node();
      if (node != null) {
        byNode.put(node, i);
      }
    }
    this.nodeTargets = Map.copyOf(byNode);
    this.rules = new TimerMath.Rules(targets, alertLadder);
  }

  /**
   * A new builder.
   *
   * @param id the policy id
   * @return the builder
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /**
   * A builder holding this policy's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(id);
    b.description = description;
    b.alertLadder = alertLadder;
    b.targets.addAll(targets);
    b.calendars = lookup;
    b.unknownYears = unknownYears;
    return b;
  }

  /**
   * The policy id, for example {@code mall-ticket}.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * A description for people.
   *
   * @return the description; null when the policy has none
   */
  public @Nullable String description() {
    return description;
  }

  /**
   * The alert ladder.
   *
   * @return the ladder
   */
  public AlertLadder alertLadder() {
    return alertLadder;
  }

  /**
   * What this policy does with dates beyond the years of a holiday-dataset calendar.
   *
   * @return {@link UnknownYears#REFUSE} unless chosen otherwise
   */
  public UnknownYears unknownYears() {
    return unknownYears;
  }

  /**
   * The last date of holiday data among the calendars this policy's targets name (the earliest, when several
   * are built from datasets). Past it a deadline is refused or follows the weekly windows alone, as
   * {@link #unknownYears()} says.
   *
   * @return the date; null when no calendar of the policy is limited to the years of a dataset
   */
  public @Nullable LocalDate calendarDataEnds() {
    return calendars.dataEnds(targets.stream().flatMap(t -> t.calendarIds().stream()).toList());
  }

  /**
   * The targets in definition order.
   *
   * @return the targets
   */
  public List<SlaTarget> targets() {
    return targets;
  }

  /**
   * The target with this name.
   *
   * @param name the target name
   * @return the target, empty when there is none
   */
  public Optional<SlaTarget> target(String name) {
    for (SlaTarget t : targets) {
      if (t.name().equals(name)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * The node timer target of a node.
   *
   * @param node the node
   * @return the target, empty when the node is not timed
   */
  public Optional<SlaTarget> nodeTarget(String node) {
    Integer i = nodeTargets.get(Objects.requireNonNull(node, "node"));
    return i == null ? Optional.empty() : Optional.of(targets.get(i));
  }

  /**
   * The calendars this policy's ids resolve through.
   *
   * @return the lookup
   */
  public CalendarLookup calendars() {
    return calendars;
  }

  /**
   * Evaluates one node visit with the node's target, by the same rules as the live timers: elapsed working time
   * (the visit's pauses removed only where the target pauses on a paused clock, clipped to the visit and merged
   * where they overlap), the limit (the grade's limit derived from the visit's start, each extension added from the
   * instant it was approved; extensions approved after the end count for nothing), deadline, the level at the end
   * and the highest level held (see {@link VisitOutcome}). A visit still open at {@code asOf} is evaluated up to
   * {@code asOf}; a visit left before {@code asOf} up to its exit.
   *
   * @param visit the visit
   * @param asOf the evaluation instant
   * @return the outcome, empty when the node has no target
   * @throws dev.complaints.sla.calendar.CalendarRangeException as the calendar gives it when a calendar cannot
   *     answer for the dates involved (the visit's instants, its deadline, the instants its alert levels are
   *     reached)
   * @throws IllegalArgumentException when a limit, extension or deadline is beyond the instants that can be
   *     represented
   */
  public Optional<VisitOutcome> evaluate(StageVisit visit, Instant asOf) {
    Objects.requireNonNull(visit, "visit");
    Objects.requireNonNull(asOf, "asOf");
    return nodeTarget(visit.node())
        .map(
            t ->
                TimerMath.evaluate(
                        new TimerMath.Run(
                            t,
                            visit.grade(),
                            List.of(),
                            visit.enteredAt(),
                            visit.leftAt(),
                            visit.extensions(),
                            t.pauseWhile().clockPaused() ? visit.pauses() : List.of(),
                            null),
                        alertLadder,
                        calendars,
                        asOf)
                    .outcome());
  }

  /**
   * The highest alert level a node visit held by {@code asOf}: always
   * {@code evaluate(new StageVisit(node, grade, enteredAt, leftAt, extensions, pauses), asOf)
   * .map(VisitOutcome::highestLevel).orElse(AlertLevel.NONE)} for the visit's values, with the same exceptions,
   * but without the rest of the outcome or a copy of the visit. For scoring many visits: a visit without pauses
   * in force and without extensions approved while it ran costs one working-time difference.
   *
   * @param visit the visit (a {@link StageVisit} or a host's record of one)
   * @param grade the grade whose limit applies
   * @param asOf the evaluation instant
   * @return the highest level; {@link AlertLevel#NONE} when the node has no target
   * @throws IllegalArgumentException as {@link StageVisit}'s constructor does for a blank node or an exit before
   *     the entry, and as {@link #evaluate} does
   * @throws dev.complaints.sla.calendar.CalendarRangeException as {@link #evaluate} does
   */
  public AlertLevel highestLevel(NodeVisit visit, Grade grade, Instant asOf) {
    Objects.requireNonNull(visit, "visit");
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(asOf, "asOf");
    String node = visit.node();
    Instant enteredAt = visit.enteredAt();
    Instant leftAt = visit.leftAt();
    StageVisit.check(node, enteredAt, leftAt);
    List<Extension> extensions = Objects.requireNonNull(visit.extensions(), "extensions");
    List<Pause> pauses = Objects.requireNonNull(visit.pauses(), "pauses");
    Integer i = nodeTargets.get(node);
    if (i == null) {
      return AlertLevel.NONE;
    }
    return TimerMath.highestLevel(rules, i, grade, enteredAt, leftAt, extensions,
        targets.get(i).pauseWhile().clockPaused() ? pauses : List.of(), alertLadder, calendars, asOf);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SlaPolicy p
        && id.equals(p.id)
        && Objects.equals(description, p.description)
        && alertLadder.equals(p.alertLadder)
        && targets.equals(p.targets)
        && unknownYears == p.unknownYears;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, description, alertLadder, targets, unknownYears);
  }

  @Override
  public String toString() {
    return "SlaPolicy{" + id + ", " + alertLadder + ", unknownYears=" + unknownYears + ", targets=" + targets + "}";
  }

  /** Builds a {@link SlaPolicy}. */
  public static final class Builder {
    private final String id;
    private @Nullable String description;
    private AlertLadder alertLadder = AlertLadder.DEFAULT;
    private final List<SlaTarget> targets = new ArrayList<>();
    private CalendarLookup calendars = CalendarLookup.builtIn();
    private UnknownYears unknownYears = UnknownYears.REFUSE;

    private Builder(String id) {
      this.id = id;
    }

    /**
     * Sets the description.
     *
     * @param description text for people, not blank; null for none
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets the alert ladder (default {@link AlertLadder#DEFAULT}).
     *
     * @param ladder the ladder
     * @return this builder
     */
    public Builder alertLadder(AlertLadder ladder) {
      this.alertLadder = Objects.requireNonNull(ladder, "ladder");
      return this;
    }

    /**
     * Adds a target.
     *
     * @param target the target
     * @return this builder
     */
    public Builder target(SlaTarget target) {
      targets.add(Objects.requireNonNull(target, "target"));
      return this;
    }

    /**
     * Sets where calendar ids are resolved (default {@link CalendarLookup#builtIn()}).
     *
     * @param lookup the lookup
     * @return this builder
     */
    public Builder calendars(CalendarLookup lookup) {
      this.calendars = Objects.requireNonNull(lookup, "lookup");
      return this;
    }

    /**
     * Chooses what the policy does with dates beyond the years of a holiday-dataset calendar (default
     * {@link UnknownYears#REFUSE}); with {@link UnknownYears#WEEKLY} the calendars of the lookup are resolved
     * with the weekly rule for unknown years.
     *
     * @param choice the choice
     * @return this builder
     */
    public Builder unknownYears(UnknownYears choice) {
      this.unknownYears = Objects.requireNonNull(choice, "choice");
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     * @throws IllegalArgumentException for duplicate names or nodes, unknown calendars, no targets or a blank
     *     description
     */
    public SlaPolicy build() {
      return new SlaPolicy(this);
    }
  }
}
