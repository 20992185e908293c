package dev.complaints.sla.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.complaints.sla.policy.SlaPolicies;
import dev.complaints.sla.policy.SlaPolicy;
import dev.complaints.sla.timer.ComplaintTimers;
import dev.complaints.sla.timer.TimerSignal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The tracker's slots of complaints (tracked, forgotten, tracked again, closed up when many are forgotten)
 * against a plain map of each complaint's signals in the order first seen: the ids, each complaint's timers and
 * the next change are those of replaying the map.
 */
class TrackerSlotsTest {
  private static final String[] NODES = {"GRADING", "PLANNING", "CUSTOMER_FEEDBACK", "HANDLING", "RETURN_VISIT"};

  @Test
  void slotsAgreeWithAMapOfSignalsInTheOrderFirstSeen() {
    qt().withExamples(40).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      SlaPolicy policy = SlaPolicies.mallTicket();
      SlaTracker tracker = new SlaTracker(policy);
      Map<String, List<TimerSignal>> model = new LinkedHashMap<>();
      int ids = 20 + r.nextInt(100);
      Instant t = OffsetDateTime.parse("2026-03-02T09:00:00+08:00").toInstant();
      Instant asked = t;
      for (int step = 0; step < 600; step++) {
        String id = "C-" + r.nextInt(ids);
        if (r.nextInt(3) == 0) {
          tracker.forget(id);
          model.remove(id);
        } else {
          t = t.plusSeconds(60L * r.nextInt(90));
          TimerSignal s = new TimerSignal.Entered(NODES[r.nextInt(NODES.length)], t);
          tracker.apply(id, s);
          model.computeIfAbsent(id, k -> new ArrayList<>()).add(s);
        }
        if (r.nextInt(8) == 0) {
          asked = asked.plusSeconds(60L * r.nextInt(240));
          Optional<Instant> next = tracker.nextChangeAt(asked);
          assertThat(next).isEqualTo(Optional.ofNullable(tracker.scanNextChange(asked, null)));
        }
      }
      assertThat(tracker.complaintIds()).containsExactlyElementsOf(model.keySet());
      for (int i = 0; i < ids; i++) {
        String id = "C-" + i;
        List<TimerSignal> signals = model.get(id);
        String expected = signals == null ? "[]"
            : ComplaintTimers.replay(policy, id, signals).timers().toString();
        assertThat(tracker.timersOf(id).toString()).as(id).isEqualTo(expected);
        if (signals == null) {
          tracker.track(id, policy); // a forgotten or unseen complaint can be tracked anew
        } else {
          assertThatThrownBy(() -> tracker.track(id, policy)).isInstanceOf(IllegalStateException.class);
        }
      }
      asked = asked.plusSeconds(3600);
      assertThat(tracker.nextChangeAt(asked)).isEqualTo(Optional.ofNullable(tracker.scanNextChange(asked, null)));
    });
  }
}
