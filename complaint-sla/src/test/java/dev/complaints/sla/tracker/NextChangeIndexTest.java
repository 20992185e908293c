package dev.complaints.sla.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.complaints.core.model.Grade;
import dev.complaints.sla.TestPolicies;
import dev.complaints.sla.policy.SlaPolicies;
import dev.complaints.sla.policy.SlaPolicy;
import dev.complaints.sla.timer.TimerSignal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The tracker's index of next changes against asking every complaint: after any sequence of signals, forgotten
 * complaints and questions at instants that mostly move forward (as a scheduler's) and sometimes go back, the
 * answer, the complaints left out and the error are those of asking every complaint at that instant.
 */
class NextChangeIndexTest {
  private static final List<String> WALK =
      List.of("GRADING", "PLANNING", "CUSTOMER_FEEDBACK", "HANDLING", "RETURN_VISIT");

  /** A signal for a complaint, or a complaint forgotten (signal null). */
  private record Op(String id, TimerSignal signal) {}

  @Test
  void theIndexedNextChangeIsTheOneFoundByAskingEveryComplaint() {
    qt().withExamples(120).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      SlaPolicy[] policies = {SlaPolicies.mallTicket(), TestPolicies.pausingMallTicket()};
      SlaPolicy policy = policies[r.nextInt(policies.length)];
      // late in the year sometimes, so that some changes fall past the calendar's data (errors to report)
      Instant base = at(r.nextInt(4) == 0 ? "2026-12-10T00:00:00" : "2026-01-05T00:00:00")
          .plusSeconds(r.nextInt(r.nextInt(4) == 0 ? 20 * 24 : 300 * 24) * 3600L);
      List<List<Op>> perComplaint = new ArrayList<>();
      int complaints = 1 + r.nextInt(6);
      for (int i = 0; i < complaints; i++) {
        perComplaint.add(scenario("C-" + i, base, r));
      }
      SlaTracker tracker = new SlaTracker(policy);
      Instant now = base.plusSeconds(r.nextInt(24 * 3600));
      while (perComplaint.stream().anyMatch(l -> !l.isEmpty())) {
        List<Op> from = perComplaint.get(r.nextInt(perComplaint.size()));
        if (from.isEmpty()) {
          continue;
        }
        Op op = from.remove(0);
        if (op.signal() == null) {
          tracker.forget(op.id());
        } else {
          tracker.apply(op.id(), op.signal());
        }
        for (int q = r.nextInt(3); q > 0; q--) {
          int step = r.nextInt(10);
          now = step == 0 ? now.minusSeconds(r.nextInt(48 * 3600)) // back in time now and then
              : step < 3 ? now : now.plusSeconds(r.nextInt(6 * 3600)).plusNanos(r.nextInt(3) - 1);
          agree(tracker, now);
        }
      }
      for (int q = 0; q < 6; q++) {
        now = now.plusSeconds(r.nextInt(3 * 24 * 3600));
        agree(tracker, now);
        Optional<Instant> next = tracker.nextChangeAt(now, (id, e) -> { });
        if (next.isPresent()) {
          agree(tracker, next.get()); // exactly at a change: the one after it
        }
      }
    });
  }

  private static void agree(SlaTracker tracker, Instant t) {
    List<String> skippedScan = new ArrayList<>();
    Optional<Instant> scan = Optional.ofNullable(
        tracker.scanNextChange(t, (id, e) -> skippedScan.add(id + ": " + e.getMessage())));
    String errorScan = error(() -> tracker.scanNextChange(t, null));
    List<String> skipped = new ArrayList<>();
    assertThat(tracker.nextChangeAt(t, (id, e) -> skipped.add(id + ": " + e.getMessage())))
        .as("next change after %s", t)
        .isEqualTo(scan);
    assertThat(skipped).isEqualTo(skippedScan);
    assertThat(error(() -> tracker.nextChangeAt(t))).isEqualTo(errorScan);
  }

  private static String error(Runnable r) {
    try {
      r.run();
      return "none";
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  private static List<Op> scenario(String id, Instant base, Random r) {
    List<Op> ops = new ArrayList<>();
    Instant t = base.plusSeconds(r.nextInt(48 * 3600));
    Grade[] grades = Grade.values();
    ops.add(new Op(id, new TimerSignal.Received(t, grades[r.nextInt(grades.length)])));
    boolean paused = false;
    int steps = 1 + r.nextInt(WALK.size());
    for (int i = 0; i < steps; i++) {
      String node = WALK.get(i);
      ops.add(new Op(id, new TimerSignal.Entered(node, t)));
      for (int e = r.nextInt(4); e > 0; e--) {
        t = t.plusSeconds(60L * r.nextInt(12 * 60));
        switch (r.nextInt(4)) {
          case 0 -> {
            ops.add(new Op(id, paused ? new TimerSignal.Resumed(t) : new TimerSignal.Paused(t)));
            paused = !paused;
          }
          case 1 -> ops.add(new Op(id, new TimerSignal.Extended(node, Duration.ofMinutes(30 + r.nextInt(24 * 60)), t)));
          default -> ops.add(new Op(id, new TimerSignal.Regraded(grades[r.nextInt(grades.length)], t)));
        }
      }
      if (i == steps - 1 && r.nextInt(3) == 0) {
        return ops; // still open
      }
      t = t.plusSeconds(60L * r.nextInt(30 * 60));
      if (paused && r.nextBoolean()) {
        ops.add(new Op(id, new TimerSignal.Resumed(t)));
        paused = false;
      }
      ops.add(new Op(id, new TimerSignal.Left(node, t)));
    }
    if (r.nextInt(4) == 0) {
      ops.add(new Op(id, new TimerSignal.Withdrawn(t)));
    }
    if (r.nextInt(6) == 0) {
      ops.add(new Op(id, null)); // archived
    }
    return ops;
  }

  private static Instant at(String local) {
    return OffsetDateTime.parse(local + "+08:00").toInstant();
  }
}
