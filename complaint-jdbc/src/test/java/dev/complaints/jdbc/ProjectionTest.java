package dev.complaints.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.model.Complaint;
import dev.complaints.core.model.Grade;
import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.policy.SlaPolicies;
import dev.complaints.sla.tracker.SlaTracker;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The summaries kept on append agree with a replay of the stored events. */
class ProjectionTest {

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void summariesPagesCountAndNextChangeAgreeWithAReplay(TestDatabase.Kind kind) {
    try (TestDatabase db = TestDatabase.create(kind)) {
      JdbcComplaintStore store = db.store();
      AtomicInteger ids = new AtomicInteger();
      List<ComplaintSummary> expectedAll = new ArrayList<>();
      qt().withExamples(kind == TestDatabase.Kind.H2_MEMORY ? 60 : 20).withShrinkCycles(0)
          .forAll(longs().all(), integers().between(0, 30))
          .checkAssert((seed, steps) -> {
            String id = "P-" + ids.incrementAndGet();
            List<ComplaintEvent> stored = new ArrayList<>();
            ComplaintSummary last = null;
            for (List<ComplaintEvent> append : Histories.random(id, seed, steps)) {
              store.append(id, stored.size(), append);
              stored.addAll(append);
              last = expected(stored, append);
              assertThat(store.summary(id)).as("summary of %s after version %s", id, stored.size())
                  .contains(last);
            }
            assertThat(store.version(id)).isEqualTo(stored.size());
            expectedAll.add(last);
          });

      assertThat(store.count()).isEqualTo(expectedAll.size());
      List<ComplaintSummary> byReceipt = expectedAll.stream()
          .sorted(Comparator.comparing(ComplaintSummary::receivedAt).thenComparing(ComplaintSummary::id))
          .toList();
      List<ComplaintSummary> paged = new ArrayList<>();
      for (int page = 0; ; page++) {
        List<ComplaintSummary> p = store.page(page, 7);
        assertThat(p.size()).isLessThanOrEqualTo(7);
        paged.addAll(p);
        if (p.size() < 7) {
          break;
        }
      }
      assertThat(paged).isEqualTo(byReceipt);

      Optional<Instant> earliest = expectedAll.stream().filter(s -> !s.closed())
          .map(ComplaintSummary::nextChangeAt).filter(Objects::nonNull).min(Comparator.naturalOrder());
      assertThat(store.nextChangeAt()).isEqualTo(earliest);
      assertThat(earliest).as("some random complaint has a running timer").isPresent();
      Instant t = earliest.get().plus(3, ChronoUnit.HOURS);
      List<ComplaintSummary> due = expectedAll.stream()
          .filter(s -> s.nextChangeAt() != null && !s.nextChangeAt().isAfter(t))
          .sorted(Comparator.comparing((ComplaintSummary s) -> Objects.requireNonNull(s.nextChangeAt()))
              .thenComparing(ComplaintSummary::id))
          .toList();
      assertThat(store.changingBy(t, 500)).isEqualTo(due);
      assertThat(store.changingBy(t, 1)).isEqualTo(due.subList(0, 1));
      assertThat(store.changingBy(earliest.get().minusNanos(1000), 500)).isEmpty();
    }
  }

  /** The summary a replay of all the stored events gives, the next change after the last append's latest event. */
  private static ComplaintSummary expected(List<ComplaintEvent> stored, List<ComplaintEvent> lastAppend) {
    Complaint c = Histories.ENGINE.replay(stored);
    Instant latest = lastAppend.stream().map(ComplaintEvent::at).max(Comparator.naturalOrder()).orElseThrow();
    SlaTracker tracker = new SlaTracker(SlaPolicies.mallTicket());
    tracker.applyAll(stored);
    Optional<Instant> next = c.closed() ? Optional.empty() : tracker.nextChangeAt(latest);
    next.ifPresent(n -> {
      // a light really changes there, and not before
      Map<String, AlertLevel> now = tracker.levelsAt(latest);
      assertThat(tracker.levelsAt(n)).isNotEqualTo(now);
      assertThat(tracker.levelsAt(n.minusNanos(1000))).isEqualTo(now);
    });
    return new ComplaintSummary(c.id(), c.workflow(), c.node(), c.grade(),
        c.orgUnit(), c.version(), c.closed(), c.receivedAt(), next.map(ProjectionTest::upToMicros).orElse(null));
  }

  /** Stored instants keep microseconds; an alert instant is rounded up so that it is never early. */
  private static Instant upToMicros(Instant t) {
    Instant cut = t.truncatedTo(ChronoUnit.MICROS);
    return cut.equals(t) ? t : cut.plusNanos(1000);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void aSchedulerFindsTheComplaintsWhoseLightsChangeAndMovesThemOn(TestDatabase.Kind kind) {
    try (TestDatabase db = TestDatabase.create(kind)) {
      JdbcComplaintStore store = db.store();
      Instant at = Instant.parse("2026-10-06T02:00:00Z"); // 10:00 in the mall's time zone
      long v = 0;
      for (List<ComplaintEvent> append : Histories.path("S-1", at, Grade.GENERAL, "AcceptComplaint")) {
        store.append("S-1", v, append);
        v += append.size();
      }
      ComplaintSummary s = store.summary("S-1").orElseThrow();
      assertThat(s.node()).isEqualTo("GRADING");
      Instant next = Objects.requireNonNull(s.nextChangeAt());
      assertThat(next).isAfter(at.plusSeconds(60));
      assertThat(store.nextChangeAt()).contains(next);
      assertThat(store.changingBy(next.minusSeconds(1), 10)).isEmpty();
      assertThat(store.changingBy(next, 10)).containsExactly(s);

      // the scheduler acted on the change: the store moves the complaint to its following change
      Optional<Instant> following = store.refreshNextChange("S-1", next);
      assertThat(following).isPresent();
      assertThat(following.get()).isAfter(next);
      assertThat(store.summary("S-1").orElseThrow().nextChangeAt()).isEqualTo(following.get());
      assertThat(store.changingBy(next, 10)).isEmpty();
      assertThat(store.refreshNextChange("unknown", next)).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void aClosedComplaintHasNoNextChange(TestDatabase.Kind kind) {
    try (TestDatabase db = TestDatabase.create(kind)) {
      JdbcComplaintStore store = db.store();
      long v = 0;
      for (List<ComplaintEvent> append : Histories.path("W-1", Histories.T0, Grade.GENERAL, "AcceptComplaint")) {
        store.append("W-1", v, append);
        v += append.size();
      }
      assertThat(store.summary("W-1").orElseThrow().nextChangeAt()).isNotNull();
      List<ComplaintEvent> withdrawn = Histories.ENGINE.decide(Histories.ENGINE.replay(store.load("W-1")),
          new dev.complaints.core.command.Withdraw("w", "W-1", dev.complaints.core.command.Actor.of("wang",
              "CUSTOMER_SERVICE"), Histories.T0.plusSeconds(600), "sorted out"));
      store.append("W-1", v, withdrawn);
      ComplaintSummary s = store.summary("W-1").orElseThrow();
      assertThat(Histories.ENGINE.replay(store.load("W-1")).closed()).isTrue();
      assertThat(s.closed()).isTrue();
      assertThat(s.nextChangeAt()).isNull();
      assertThat(store.nextChangeAt()).isEmpty();
      assertThat(store.refreshNextChange("W-1", Histories.T0)).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void whenTheCalendarCannotAnswerTheChangeIsLeftEmptyAndLoggedOnceWithoutPersonalData(TestDatabase.Kind kind) {
    try (TestDatabase db = TestDatabase.create(kind)) {
      JdbcComplaintStore store = db.store();
      // far beyond the national holiday data: a MAJOR complaint's handling limit counts national working days
      Instant far = Instant.parse("2099-03-02T02:00:00Z");
      String log = FailureTest.capturingStandardError(() -> {
        for (String id : List.of("F-1", "F-2")) {
          long v = 0;
          for (List<ComplaintEvent> append : Histories.path(id, far, Grade.MAJOR, "AcceptComplaint",
              "AssignGrade", "Dispatch", "DraftPlan", "ConfirmPlan", "RecordCustomerResponse")) {
            store.append(id, v, append);
            v += append.size();
          }
        }
      });
      ComplaintSummary s = store.summary("F-1").orElseThrow();
      assertThat(s.node()).isEqualTo("HANDLING");
      assertThat(s.nextChangeAt()).isNull();
      assertThat(store.summary("F-2").orElseThrow().nextChangeAt()).isNull();
      assertThat(log).contains("complaint F-1: next SLA light change not recorded (calendar cn-national covers only");
      assertThat(log).doesNotContain("F-2").doesNotContain(Histories.PHONE, Histories.NAME, Histories.EMAIL);
    }
  }
}
