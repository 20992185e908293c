package dev.complaints.scoring.timing;

import dev.complaints.core.event.ClockPaused;
import dev.complaints.core.event.ClockResumed;
import dev.complaints.core.event.ComplaintClosed;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.event.ComplaintReceived;
import dev.complaints.core.event.ExtensionApproved;
import dev.complaints.core.event.GradeChanged;
import dev.complaints.core.event.NodeEntered;
import dev.complaints.core.event.NodeLeft;
import dev.complaints.core.model.Channel;
import dev.complaints.core.model.Complainant;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.Remedy;
import dev.complaints.core.model.Subject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random event histories of mall-ticket complaints, as the engine records them: accepted (AcceptComplaint leaves
 * ACCEPTANCE for GRADING) after minutes or days, or not yet; every node visited in order (a
 * customer who disagrees sends the complaint back to PLANNING), the grade assigned while GRADING, extensions
 * approved for the open node at any moment (before or long after its deadline), clock pauses and resumes, and
 * histories that stop anywhere, open.
 */
final class Histories {
  private static final List<String> PATH =
      List.of("GRADING", "PLANNING", "CUSTOMER_FEEDBACK", "HANDLING", "RETURN_VISIT");

  private final String id;
  private final String unit;
  private final Random r;
  private final List<ComplaintEvent> events = new ArrayList<>();
  private Instant t;
  private boolean paused;

  private Histories(String id, String unit, Instant start, Random r) {
    this.id = id;
    this.unit = unit;
    this.t = start;
    this.r = r;
  }

  /**
   * A history starting at {@code start}.
   *
   * @param id the complaint id
   * @param start when it is received
   * @param r the randomness
   * @return the events in order
   */
  static List<ComplaintEvent> mallTicket(String id, Instant start, Random r) {
    return mallTicket(id, "plaza-1", start, r);
  }

  /**
   * A history of a complaint of a given unit starting at {@code start}.
   *
   * @param id the complaint id
   * @param unit the org unit
   * @param start when it is received
   * @param r the randomness
   * @return the events in order
   */
  static List<ComplaintEvent> mallTicket(String id, String unit, Instant start, Random r) {
    return new Histories(id, unit, start, r).play();
  }

  private List<ComplaintEvent> play() {
    add(new ComplaintReceived(id, next(), "c", "desk", t, "mall-ticket", Channel.PHONE,
        new Complainant("张三", "13812345678", null), t, Subject.of("shop", null), "MERCHANT_SERVICE", "text",
        List.of(Remedy.REFUND), List.of(), unit, null));
    enter("ACCEPTANCE");
    if (r.nextInt(12) == 0) {
      return events; // not accepted yet
    }
    advance(r.nextInt(3) == 0 ? 6 * 24 * 60 : 30); // a long wait may take the acceptance into the next month
    leave("ACCEPTANCE");
    List<String> path = new ArrayList<>(PATH);
    if (r.nextInt(3) == 0) {
      path.addAll(3, List.of("PLANNING", "CUSTOMER_FEEDBACK")); // the customer disagreed once
    }
    for (String node : path) {
      enter(node);
      if (node.equals("GRADING")) {
        advance(40);
        Grade[] grades = Grade.values();
        add(new GradeChanged(id, next(), "c", "dispatcher", t, null, grades[r.nextInt(grades.length)]));
      }
      for (int k = r.nextInt(4); k > 0; k--) {
        advance(r.nextBoolean() ? 90 : 26 * 60);
        if (r.nextBoolean()) {
          Duration amount = Duration.ofMinutes(15 + r.nextInt(30 * 60));
          add(new ExtensionApproved(id, next(), "c", "manager", t, node, amount));
        } else {
          add(paused ? new ClockResumed(id, next(), "c", "dept", t)
              : new ClockPaused(id, next(), "c", "dept", t, "waiting"));
          paused = !paused;
        }
      }
      if (r.nextInt(8) == 0) {
        return events; // still in this node
      }
      advance(r.nextBoolean() ? 6 * 60 : 80 * 60);
      leave(node);
    }
    enter("CLOSED");
    add(new ComplaintClosed(id, next(), "c", "group", t, "RESOLVED"));
    return events;
  }

  private void enter(String node) {
    add(new NodeEntered(id, next(), "c", "x", t, node));
  }

  private void leave(String node) {
    add(new NodeLeft(id, next(), "c", "x", t, node));
  }

  /** Moves time on by up to {@code minutes} (at least one second). */
  private void advance(int minutes) {
    t = t.plusSeconds(1 + (long) (r.nextDouble() * minutes * 60));
  }

  private long next() {
    return events.size() + 1;
  }

  private void add(ComplaintEvent e) {
    events.add(e);
  }

  /**
   * The instant of the last event.
   *
   * @param events a history
   * @return its last instant
   */
  static Instant last(List<ComplaintEvent> events) {
    return events.get(events.size() - 1).at();
  }
}
