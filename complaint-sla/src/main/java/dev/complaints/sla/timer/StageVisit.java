package dev.complaints.sla.timer;

import dev.complaints.core.model.Grade;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One visit of a complaint to a workflow node (one node timer): the input of
 * {@link dev.complaints.sla.policy.SlaPolicy#evaluate(StageVisit, Instant)}.
 *
 * @param node the node
 * @param grade the complaint's grade, which selects the limit (the limit is derived from {@code enteredAt})
 * @param enteredAt when the complaint entered the node
 * @param leftAt when it left; null while the complaint is still in the node
 * @param extensions the approved extensions, each applying from its approval instant; those approved after the
 *     visit ended count for nothing
 * @param pauses the clock pauses; they count only where the node's target pauses on a paused clock, clipped to the
 *     visit and merged where they overlap
 */
public record StageVisit(
    String node,
    Grade grade,
    Instant enteredAt,
    @Nullable Instant leftAt,
    List<Extension> extensions,
    List<Pause> pauses) implements NodeVisit {

  /**
   * Creates a visit; every argument is checked.
   *
   * @param node the node, not blank
   * @param grade the grade
   * @param enteredAt when the complaint entered the node
   * @param leftAt when it left, not before {@code enteredAt}; null while still there
   * @param extensions the approved extensions
   * @param pauses the pauses
   */
  public StageVisit {
    check(node, enteredAt, leftAt);
    Objects.requireNonNull(grade, "grade");
    extensions = List.copyOf(Objects.requireNonNull(extensions, "extensions"));
    pauses = List.copyOf(Objects.requireNonNull(pauses, "pauses"));
  }

  /**
   * Checks what every visit must hold: a node that is not blank, an entry, and an exit not before it.
   *
   * @param node the node
   * @param enteredAt the entry
   * @param leftAt the exit, or null
   * @throws NullPointerException naming the node or the entry when it is null
   * @throws IllegalArgumentException when the node is blank or the exit is before the entry
   */
  public static void check(String node, Instant enteredAt, @Nullable Instant leftAt) {
    Objects.requireNonNull(node, "node");
    if (node.isBlank()) {
      throw new IllegalArgumentException("node must not be blank");
    }
    Objects.requireNonNull(enteredAt, "enteredAt");
    if (leftAt != null && leftAt.isBefore(enteredAt)) {
      throw new IllegalArgumentException(
          "node " + node + " left at " + leftAt + " before it was entered at " + enteredAt);
    }
  }

  /**
   * A visit without extensions or pauses.
   *
   * @param node the node
   * @param grade the grade
   * @param enteredAt when the complaint entered the node
   * @param leftAt when it left, or null while still there
   * @return the visit
   */
  public static StageVisit of(String node, Grade grade, Instant enteredAt, @Nullable Instant leftAt) {
    return new StageVisit(node, grade, enteredAt, leftAt, List.of(), List.of());
  }

  /**
   * This visit with one more approved extension.
   *
   * @param amount the working time added, not negative
   * @param approvedAt when it was approved
   * @return a new visit
   */
  public StageVisit withExtension(Duration amount, Instant approvedAt) {
    List<Extension> e = new ArrayList<>(extensions);
    e.add(Extension.of(amount, approvedAt));
    return new StageVisit(node, grade, enteredAt, leftAt, e, pauses);
  }

  /**
   * This visit with one more pause.
   *
   * @param pause the pause
   * @return a new visit
   */
  public StageVisit withPause(Pause pause) {
    List<Pause> p = new ArrayList<>(pauses);
    p.add(pause);
    return new StageVisit(node, grade, enteredAt, leftAt, extensions, p);
  }

  /**
   * This visit with another grade.
   *
   * @param newGrade the grade
   * @return a new visit
   */
  public StageVisit withGrade(Grade newGrade) {
    return new StageVisit(node, newGrade, enteredAt, leftAt, extensions, pauses);
  }

  /**
   * This visit ending at {@code at}.
   *
   * @param at when the complaint left the node
   * @return a new visit
   */
  public StageVisit leftAt(Instant at) {
    return new StageVisit(node, grade, enteredAt, Objects.requireNonNull(at, "at"), extensions, pauses);
  }
}
