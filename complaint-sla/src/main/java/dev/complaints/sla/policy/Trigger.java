package dev.complaints.sla.policy;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What starts or stops an SLA timer.
 *
 * @param on the kind of complaint event
 * @param node the node for {@link On#ENTER} and {@link On#LEAVE}; null for the others
 */
public record Trigger(On on, @Nullable String node) {

  /** Kinds of complaint events a timer reacts to. */
  public enum On {
    /** The complaint entered the node. */
    ENTER,
    /** The complaint left the node. */
    LEAVE,
    /** The complaint was received (its received-at instant). */
    RECEIVED,
    /** The complaint was closed. */
    CLOSED,
    /** A plan of the complaint was confirmed (it carries the plan's due instant). */
    PLAN_CONFIRMED,
    /**
     * The complaint is MAJOR or CRITICAL: received with such a grade, or graded so later. A timer it starts counts
     * from the complaint's receipt, whenever the grade became known, and starts once per complaint
     * (docs/domain.md "Reporting upward").
     */
    MAJOR,
    /** The complaint was reported upward ({@code ReportIncident}); a timer it stops stops at the report's instant. */
    REPORTED
  }

  /**
   * Creates a trigger.
   *
   * @param on the kind of complaint event
   * @param node the node for ENTER and LEAVE, null otherwise
   */
  public Trigger {
    Objects.requireNonNull(on, "on");
    boolean needsNode = on == On.ENTER || on == On.LEAVE;
    if (needsNode && (node == null || node.isBlank())) {
      throw new IllegalArgumentException("a " + on + " trigger needs a node");
    }
    if (!needsNode && node != null) {
      throw new IllegalArgumentException("a " + on + " trigger takes no node");
    }
  }

  /**
   * Fires when the complaint enters {@code node}.
   *
   * @param node the node
   * @return the trigger
   */
  public static Trigger enter(String node) {
    return new Trigger(On.ENTER, Objects.requireNonNull(node, "node"));
  }

  /**
   * Fires when the complaint leaves {@code node}.
   *
   * @param node the node
   * @return the trigger
   */
  public static Trigger leave(String node) {
    return new Trigger(On.LEAVE, Objects.requireNonNull(node, "node"));
  }

  /**
   * Fires when the complaint is received.
   *
   * @return the trigger
   */
  public static Trigger received() {
    return new Trigger(On.RECEIVED, null);
  }

  /**
   * Fires when the complaint is closed.
   *
   * @return the trigger
   */
  public static Trigger closed() {
    return new Trigger(On.CLOSED, null);
  }

  /**
   * Fires when a plan of the complaint is confirmed; a target started by it can run until the plan's own due
   * instant ({@link Limit#untilPlanDue(ClockKind, String)}).
   *
   * @return the trigger
   */
  public static Trigger planConfirmed() {
    return new Trigger(On.PLAN_CONFIRMED, null);
  }

  /**
   * The complaint is, or becomes, MAJOR or CRITICAL; the timer counts from its receipt.
   *
   * @return the trigger
   */
  public static Trigger major() {
    return new Trigger(On.MAJOR, null);
  }

  /**
   * The complaint was reported upward.
   *
   * @return the trigger
   */
  public static Trigger reported() {
    return new Trigger(On.REPORTED, null);
  }

  @Override
  public String toString() {
    return node == null ? on.toString() : on + " " + node;
  }
}
