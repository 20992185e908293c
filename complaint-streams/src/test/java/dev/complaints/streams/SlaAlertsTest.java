package dev.complaints.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.complaints.core.model.Grade;
import dev.complaints.sla.AlertLevel;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Light changes of one complaint in HANDLING (a continuous clock: GENERAL 24 hours, SERIOUS 48 hours; yellow at
 * 60 %, red one nanosecond past the limit, RED_2 at 150 %), reported by the wall-clock punctuation.
 */
class SlaAlertsTest {
  static final Duration INTERVAL = Duration.ofMinutes(1);
  /** Tuesday 13 October 2026, 10:30 in Shanghai: the mall is open. */
  static final Instant RECEIVED = Instant.parse("2026-10-13T02:30:00Z");

  @TempDir
  Path stateDir;
  TopologyHarness harness;

  @BeforeEach
  void start() {
    harness = new TopologyHarness(TopologyHarness.mallConfig().punctuationInterval(INTERVAL).build(), RECEIVED,
        stateDir);
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  @Test
  void yellowThenRedEachOnceWithinOneInterval() {
    OneComplaint c = new OneComplaint("C-1");
    Instant handling = c.toHandling(RECEIVED, Grade.GENERAL);
    harness.pipe(c.events);
    Instant yellow = handling.plus(Duration.ofMinutes(24 * 60 * 6 / 10));
    Instant red = handling.plus(Duration.ofHours(24)).plusNanos(1);

    harness.wallClockTo(yellow.minusSeconds(30));
    assertThat(harness.readAlerts()).isEmpty();
    harness.wallClockTo(yellow.plus(INTERVAL).minusSeconds(30));
    List<AlertChange> first = harness.readAlerts();
    assertThat(first).extracting(AlertChange::timerId, AlertChange::from, AlertChange::to, AlertChange::changedAt)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("HANDLING#1", AlertLevel.NONE, AlertLevel.YELLOW,
            yellow));
    assertThat(first.get(0).emittedAt()).isBetween(yellow, yellow.plus(INTERVAL));
    assertThat(first.get(0).target()).isEqualTo("HANDLING");
    assertThat(first.get(0).node()).isEqualTo("HANDLING");

    harness.wallClockTo(red.minusSeconds(30));
    assertThat(harness.readAlerts()).isEmpty();
    harness.wallClockTo(red.plus(INTERVAL).minusSeconds(30));
    List<AlertChange> second = harness.readAlerts();
    assertThat(second).extracting(AlertChange::from, AlertChange::to, AlertChange::changedAt)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(AlertLevel.YELLOW, AlertLevel.RED_1, red));
    assertThat(second.get(0).emittedAt()).isBetween(red, red.plus(INTERVAL));

    // many more punctuations before RED_2 (150 % = 36 hours): nothing is reported again
    for (int i = 0; i < 20; i++) {
      harness.wallClockTo(harness.wallClock().plus(INTERVAL));
    }
    assertThat(harness.readAlerts()).isEmpty();
  }

  @Test
  void aComplaintWhoseLightsCannotBeComputedDoesNotStopTheOthers() {
    OneComplaint bad = new OneComplaint("C-bad");
    Instant badHandling = bad.toHandling(RECEIVED, Grade.GENERAL);
    harness.pipe(bad.events);
    // an event whose instant lies an hour before the event it follows (a producer's clock gone back): the
    // tracker refuses to replay that history
    for (var e : bad.regrade(badHandling.plusSeconds(60), Grade.SERIOUS)) {
      String json = TopologyHarness.json(e);
      String moved = json.replace("\"" + e.at() + "\"", "\"" + badHandling.minus(Duration.ofHours(1)) + "\"");
      assertThat(moved).isNotEqualTo(json);
      harness.events.pipeInput(e.complaintId(), moved, e.at());
    }
    OneComplaint good = new OneComplaint("C-good");
    Instant handling = good.toHandling(RECEIVED, Grade.GENERAL);
    harness.pipe(good.events);

    harness.wallClockTo(handling.plus(Duration.ofHours(40)));

    assertThat(harness.readAlerts()).extracting(AlertChange::complaintId, AlertChange::to)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("C-good", AlertLevel.YELLOW),
            org.assertj.core.groups.Tuple.tuple("C-good", AlertLevel.RED_1),
            org.assertj.core.groups.Tuple.tuple("C-good", AlertLevel.RED_2));
  }

  @Test
  void aPunctuationComparesAtMostTheBoundAndLeavesTheRestIndexed() {
    harness.close();
    harness = new TopologyHarness(TopologyHarness.mallConfig().punctuationInterval(INTERVAL)
        .maxComplaintsPerPunctuation(2).build(), RECEIVED, stateDir.resolve("bounded"));
    Instant handling = null;
    for (String id : List.of("C-a", "C-b", "C-c")) {
      OneComplaint c = new OneComplaint(id);
      handling = c.toHandling(RECEIVED, Grade.GENERAL);
      harness.pipe(c.events);
    }
    // the three fall due at about the same instants; one late punctuation may take two of them
    harness.wallClockTo(handling.plus(Duration.ofHours(40)));
    List<AlertChange> first = harness.readAlerts();
    assertThat(first).extracting(AlertChange::complaintId).containsOnly("C-a", "C-b").hasSize(6);
    // C-c is still due (first in the index); C-a and C-b are indexed at their next change, RED_3 at 48 hours
    assertThat(indexed()).extracting(kv -> kv.value).containsExactly("C-c", "C-a", "C-b");
    assertThat(indexed().get(0).key).isBefore(harness.wallClock());
    harness.wallClockTo(harness.wallClock().plus(INTERVAL));
    assertThat(harness.readAlerts()).extracting(AlertChange::complaintId, AlertChange::to)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("C-c", AlertLevel.YELLOW),
            org.assertj.core.groups.Tuple.tuple("C-c", AlertLevel.RED_1),
            org.assertj.core.groups.Tuple.tuple("C-c", AlertLevel.RED_2));
  }

  @Test
  void aLatePunctuationReportsEveryChangeInOrder() {
    OneComplaint c = new OneComplaint("C-2");
    Instant handling = c.toHandling(RECEIVED, Grade.GENERAL);
    harness.pipe(c.events);

    harness.wallClockTo(handling.plus(Duration.ofHours(40)));

    assertThat(harness.readAlerts()).extracting(AlertChange::from, AlertChange::to, AlertChange::changedAt)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(AlertLevel.NONE, AlertLevel.YELLOW,
                handling.plus(Duration.ofMinutes(864))),
            org.assertj.core.groups.Tuple.tuple(AlertLevel.YELLOW, AlertLevel.RED_1,
                handling.plus(Duration.ofHours(24)).plusNanos(1)),
            org.assertj.core.groups.Tuple.tuple(AlertLevel.RED_1, AlertLevel.RED_2,
                handling.plus(Duration.ofHours(36))));
  }

  @Test
  void aRegradeMovesTheNextChange() {
    OneComplaint c = new OneComplaint("C-3");
    Instant handling = c.toHandling(RECEIVED, Grade.SERIOUS);
    harness.pipe(c.events);
    harness.wallClockTo(handling.plus(INTERVAL)); // the lights are compared at each event's instant first
    // SERIOUS: 48 hours, yellow after 28.8 hours
    assertThat(indexed()).containsExactly(KeyValue.pair(handling.plus(Duration.ofMinutes(1728)), "C-3"));

    Instant regraded = handling.plus(Duration.ofHours(1));
    harness.wallClockTo(regraded);
    harness.pipe(c.regrade(regraded, Grade.GENERAL));
    harness.wallClockTo(regraded.plus(INTERVAL));
    // GENERAL: 24 hours, yellow after 14.4 hours
    Instant yellow = handling.plus(Duration.ofMinutes(864));
    assertThat(indexed()).containsExactly(KeyValue.pair(yellow, "C-3"));

    harness.wallClockTo(yellow.minusSeconds(1));
    assertThat(harness.readAlerts()).isEmpty();
    harness.wallClockTo(yellow.plus(INTERVAL));
    assertThat(harness.readAlerts()).extracting(AlertChange::to, AlertChange::changedAt)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(AlertLevel.YELLOW, yellow));
    assertThat(indexed()).containsExactly(KeyValue.pair(handling.plus(Duration.ofHours(24)).plusMillis(1), "C-3"));
  }

  @Test
  void anExtensionMovesTheNextChange() {
    OneComplaint c = new OneComplaint("C-4");
    Instant handling = c.toHandling(RECEIVED, Grade.GENERAL);
    harness.pipe(c.events);
    harness.wallClockTo(handling.plus(INTERVAL));
    Instant yellowBefore = handling.plus(Duration.ofMinutes(864));
    assertThat(indexed()).containsExactly(KeyValue.pair(yellowBefore, "C-4"));

    Instant asked = handling.plus(Duration.ofHours(2));
    harness.wallClockTo(asked);
    harness.pipe(c.extend(asked, Duration.ofHours(12)));
    harness.wallClockTo(asked.plus(Duration.ofMinutes(10)).plus(INTERVAL));
    // 24 + 12 = 36 hours: yellow after 21.6 hours
    Instant yellow = handling.plus(Duration.ofMinutes(1296));
    assertThat(indexed()).containsExactly(KeyValue.pair(yellow, "C-4"));

    harness.wallClockTo(yellowBefore.plus(INTERVAL.multipliedBy(5)));
    assertThat(harness.readAlerts()).isEmpty();
    harness.wallClockTo(yellow.plus(INTERVAL));
    assertThat(harness.readAlerts()).extracting(AlertChange::to, AlertChange::changedAt)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(AlertLevel.YELLOW, yellow));
  }

  @Test
  void anEventSeenTwiceChangesNothing() {
    OneComplaint c = new OneComplaint("C-5");
    Instant handling = c.toHandling(RECEIVED, Grade.GENERAL);
    harness.pipe(c.events);
    harness.pipe(c.events);

    harness.wallClockTo(handling.plus(Duration.ofHours(20)));

    assertThat(harness.readAlerts()).extracting(AlertChange::to).containsExactly(AlertLevel.YELLOW);
    KeyValueStore<String, String> complaints = harness.driver.getKeyValueStore(ComplaintTopology.COMPLAINTS_STORE);
    assertThat(ComplaintState.fromText(complaints.get("C-5")).events()).isEqualTo(c.events);
  }

  @Test
  void withoutADelayALateResolutionCorrectsTheRedLight() {
    OneComplaint c = new OneComplaint("C-6");
    Instant handling = c.toHandling(RECEIVED, Grade.GENERAL);
    harness.pipe(c.events);
    Instant red = handling.plus(Duration.ofHours(24)).plusNanos(1);
    harness.wallClockTo(red.plus(Duration.ofMinutes(30)));
    assertThat(harness.readAlerts()).extracting(AlertChange::to).containsExactly(AlertLevel.YELLOW, AlertLevel.RED_1);

    // the resolution a minute before the deadline reaches the topology half an hour after it
    harness.pipe(c.resolveAndClose(red.minus(Duration.ofMinutes(1)), Duration.ofMinutes(1)));
    harness.wallClockTo(harness.wallClock().plus(INTERVAL));

    // reported with the instant of the comparison it corrects
    assertThat(harness.readAlerts()).extracting(AlertChange::from, AlertChange::to, AlertChange::changedAt)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(AlertLevel.RED_1, AlertLevel.YELLOW, red));
  }

  @Test
  void aMaximumEventDelayWaitsForTheEvents(@TempDir Path otherStateDir) {
    ComplaintTopologyConfig config = TopologyHarness.mallConfig().punctuationInterval(INTERVAL)
        .maxEventDelay(Duration.ofHours(1)).build();
    try (TopologyHarness h = new TopologyHarness(config, RECEIVED, otherStateDir)) {
      OneComplaint c = new OneComplaint("C-7");
      Instant handling = c.toHandling(RECEIVED, Grade.GENERAL);
      h.pipe(c.events);
      Instant yellow = handling.plus(Duration.ofMinutes(864));
      Instant red = handling.plus(Duration.ofHours(24)).plusNanos(1);

      // no event since HANDLING was entered: the yellow waits the hour an event may take
      h.wallClockTo(yellow.plus(Duration.ofMinutes(30)));
      assertThat(h.readAlerts()).isEmpty();
      h.wallClockTo(yellow.plus(Duration.ofHours(1)).plus(INTERVAL));
      assertThat(h.readAlerts()).extracting(AlertChange::to, AlertChange::changedAt)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(AlertLevel.YELLOW, yellow));

      // the late resolution comes within the hour: the red is never reported
      h.wallClockTo(red.plus(Duration.ofMinutes(30)));
      h.pipe(c.resolveAndClose(red.minus(Duration.ofMinutes(1)), Duration.ofMinutes(1)));
      h.wallClockTo(red.plus(Duration.ofHours(2)));
      assertThat(h.readAlerts()).isEmpty();
      assertThat(h.tickets.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("C-7");
    }
  }

  /** The index of next changes, as instants (rounded up to the millisecond) and complaint ids. */
  private List<KeyValue<Instant, String>> indexed() {
    KeyValueStore<String, String> index = harness.driver.getKeyValueStore(ComplaintTopology.NEXT_CHANGES_STORE);
    List<KeyValue<Instant, String>> out = new ArrayList<>();
    try (KeyValueIterator<String, String> it = index.all()) {
      it.forEachRemaining(kv -> out.add(KeyValue.pair(
          Instant.ofEpochMilli(Long.parseLong(kv.key.substring(0, kv.key.indexOf('|')))), kv.value)));
    }
    return out;
  }
}
