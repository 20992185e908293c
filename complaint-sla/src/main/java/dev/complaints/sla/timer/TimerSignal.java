package dev.complaints.sla.timer;

import dev.complaints.core.event.ClockPaused;
import dev.complaints.core.event.ClockResumed;
import dev.complaints.core.event.ComplaintClosed;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.event.ComplaintReceived;
import dev.complaints.core.event.ComplaintReopened;
import dev.complaints.core.event.ComplaintWithdrawn;
import dev.complaints.core.event.ExtensionApproved;
import dev.complaints.core.event.GradeChanged;
import dev.complaints.core.event.IncidentReported;
import dev.complaints.core.event.NodeEntered;
import dev.complaints.core.event.NodeLeft;
import dev.complaints.core.model.Grade;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What SLA timers react to: the part of a complaint's history that starts, pauses, extends, regrades, stops or
 * cancels timers. {@link #from(ComplaintEvent)} maps complaint-core events; a host without those events can
 * build signals directly.
 */
public sealed interface TimerSignal {

  /**
   * When it happened.
   *
   * @return the instant
   */
  Instant at();

  /**
   * The complaint was received.
   *
   * @param at the received-at instant
   * @param grade the grade given at intake; null when none was
   */
  record Received(Instant at, @Nullable Grade grade) implements TimerSignal {
    /**
     * Creates the signal.
     *
     * @param at the received-at instant
     * @param grade the grade given at intake, or null
     */
    public Received {
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * The complaint entered a node.
   *
   * @param node the node
   * @param at when
   */
  record Entered(String node, Instant at) implements TimerSignal {
    /**
     * Creates the signal.
     *
     * @param node the node
     * @param at when
     */
    public Entered {
      requireNode(node);
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * The complaint left a node.
   *
   * @param node the node
   * @param at when
   */
  record Left(String node, Instant at) implements TimerSignal {
    /**
     * Creates the signal.
     *
     * @param node the node
     * @param at when
     */
    public Left {
      requireNode(node);
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * The complaint's clock was paused.
   *
   * @param at when
   */
  record Paused(Instant at) implements TimerSignal {
    /**
     * Creates the signal.
     *
     * @param at when
     */
    public Paused {
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * The complaint's clock was resumed.
   *
   * @param at when
   */
  record Resumed(Instant at) implements TimerSignal {
    /**
     * Creates the signal.
     *
     * @param at when
     */
    public Resumed {
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * An extension was approved for the running timer of a node (or of the target with that name).
   *
   * @param node the node or target name
   * @param amount working time added to the limit, positive
   * @param at when
   */
  record Extended(String node, Duration amount, Instant at) implements TimerSignal {
    /**
     * Creates the signal.
     *
     * @param node the node or target name
     * @param amount working time added, positive
     * @param at when
     */
    public Extended {
      requireNode(node);
      Objects.requireNonNull(amount, "amount");
      if (amount.isNegative() || amount.isZero()) {
        throw new IllegalArgumentException("an extension must be positive, was " + amount);
      }
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * The complaint was graded or regraded; running timers re-derive their limits from their start.
   *
   * @param grade the new grade
   * @param at when
   */
  record Regraded(Grade grade, Instant at) implements TimerSignal {
    /**
     * Creates the signal.
     *
     * @param grade the new grade
     * @param at when
     */
    public Regraded {
      Objects.requireNonNull(grade, "grade");
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * The complaint was closed: timers stopping on close stop, and so does every other running timer.
   *
   * @param at when
   */
  record Closed(Instant at) implements TimerSignal {
    /**
     * Creates the signal.
     *
     * @param at when
     */
    public Closed {
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * The complaint was withdrawn: running timers are cancelled, and no timer starts until {@link Reopened}.
   *
   * @param at when
   */
  record Withdrawn(Instant at) implements TimerSignal {
    /**
     * Creates the signal.
     *
     * @param at when
     */
    public Withdrawn {
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * A plan was confirmed: starts the targets that run until the plan's own due instant.
   *
   * @param due when the confirmed plan is due; null when the history does not say (the plan's timer then does
   *     not start)
   * @param at when the plan was confirmed
   */
  record PlanConfirmed(@Nullable Instant due, Instant at) implements TimerSignal {
    /**
     * Creates the signal.
     *
     * @param due when the plan is due, or null when not known
     * @param at when it was confirmed
     */
    public PlanConfirmed {
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * A closed or withdrawn complaint was reopened (its next node entry starts new timers).
   *
   * @param at when
   */
  record Reopened(Instant at) implements TimerSignal {
    /**
     * Creates the signal.
     *
     * @param at when
     */
    public Reopened {
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * The signal of a complaint-core event, if it affects timers.
   *
   * @param event the event
   * @return the signal, empty for events that do not affect timers (notes, plans, …)
   */
  /**
   * The complaint was reported upward.
   *
   * @param reportedAt when the report was made; not after {@code at}
   * @param at when it was recorded
   */
  record Reported(Instant reportedAt, Instant at) implements TimerSignal {
    /**
     * Validates.
     *
     * @param reportedAt when the report was made
     * @param at when it was recorded
     */
    public Reported {
      Objects.requireNonNull(reportedAt, "reportedAt");
      Objects.requireNonNull(at, "at");
      if (reportedAt.isAfter(at)) {
        throw new IllegalArgumentException("a report made at " + reportedAt + " cannot be recorded at " + at);
      }
    }
  }

  static Optional<TimerSignal> from(ComplaintEvent event) {
    Objects.requireNonNull(event, "event");
    if (event instanceof ComplaintReceived e) {
      Instant at = e.receivedAt() != null ? e.receivedAt() : e.at();
      return Optional.of(new Received(at, e.grade()));
    } else if (event instanceof NodeEntered e) {
      return Optional.of(new Entered(e.node(), e.at()));
    } else if (event instanceof NodeLeft e) {
      return Optional.of(new Left(e.node(), e.at()));
    } else if (event instanceof GradeChanged e) {
      return Optional.of(new Regraded(e.to(), e.at()));
    } else if (event instanceof ExtensionApproved e) {
      return Optional.of(new Extended(e.node(), e.amount(), e.at()));
    } else if (event instanceof ClockPaused e) {
      return Optional.of(new Paused(e.at()));
    } else if (event instanceof ClockResumed e) {
      return Optional.of(new Resumed(e.at()));
    } else if (event instanceof ComplaintClosed e) {
      return Optional.of(new Closed(e.at()));
    } else if (event instanceof ComplaintWithdrawn e) {
      return Optional.of(new Withdrawn(e.at()));
    } else if (event instanceof dev.complaints.core.event.PlanConfirmed e) {
      return Optional.of(new PlanConfirmed(e.due(), e.at()));
    } else if (event instanceof IncidentReported e) {
      return Optional.of(new Reported(e.reportedAt(), e.at()));
    } else if (event instanceof ComplaintReopened e) {
      return Optional.of(new Reopened(e.at()));
    }
    return Optional.empty();
  }

  private static void requireNode(String node) {
    Objects.requireNonNull(node, "node");
    if (node.isBlank()) {
      throw new IllegalArgumentException("node must not be blank");
    }
  }
}
