package dev.complaints.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.store.VersionConflictException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The store's behaviour, on every database kind. */
class JdbcComplaintStoreTest {
  private static final Instant AT = Histories.T0;

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void appendedEventsLoadAndStreamBackUnchanged(TestDatabase.Kind kind) {
    try (TestDatabase db = TestDatabase.create(kind)) {
      JdbcComplaintStore store = db.store();
      List<ComplaintEvent> b = Histories.opened("C-B", AT);
      List<ComplaintEvent> a = Histories.opened("C-A", AT.plusSeconds(5));
      store.append("C-B", 0, b);
      store.append("C-A", 0, a);
      List<ComplaintEvent> bAccepted = Histories.accepted(b, "acc-B", AT.plusSeconds(60));
      store.append("C-B", b.size(), bAccepted);

      List<ComplaintEvent> bAll = concat(b, bAccepted);
      assertThat(store.load("C-B")).isEqualTo(bAll);
      assertThat(store.load("C-A")).isEqualTo(a);
      assertThat(store.load("C-none")).isEmpty();
      assertThat(store.version("C-B")).isEqualTo(bAll.size());
      assertThat(store.version("C-none")).isZero();
      try (Stream<ComplaintEvent> all = store.streamAll()) {
        // complaints in the order of their first append, each in version order
        assertThat(all.toList()).isEqualTo(concat(bAll, a));
      }
      assertThat(store.count()).isEqualTo(2);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void aWrongExpectedVersionIsAConflictAndWritesNothing(TestDatabase.Kind kind) {
    try (TestDatabase db = TestDatabase.create(kind)) {
      JdbcComplaintStore store = db.store();
      List<ComplaintEvent> opened = received(store, "C-1");
      List<ComplaintEvent> accept = Histories.accepted(opened, "acc-1", AT.plusSeconds(60));
      // decided against version 1 (as a writer that had not seen the rest of the intake would)
      List<ComplaintEvent> renumbered = Histories.accepted(opened, "acc-2", AT.plusSeconds(60)).stream()
          .map(e -> Histories.renumbered(e, e.version() - opened.size() + 1))
          .toList();

      assertThatThrownBy(() -> store.append("C-1", 1, renumbered))
          .isInstanceOfSatisfying(VersionConflictException.class, e -> {
            assertThat(e.complaintId()).isEqualTo("C-1");
            assertThat(e.expectedVersion()).isEqualTo(1);
            assertThat(e.actualVersion()).isEqualTo(opened.size());
          })
          .hasMessageContaining("C-1");
      // the intake's command is in the log, which is checked first: a retried intake is told it is done
      assertThatThrownBy(() -> store.append("C-1", 0, opened)).isInstanceOf(CommandAlreadyAppliedException.class);
      assertThat(store.load("C-1")).isEqualTo(opened);
      assertThat(store.command("acc-2")).isEmpty();

      store.append("C-1", opened.size(), accept);
      assertThat(store.version("C-1")).isEqualTo(opened.size() + accept.size());
      // an empty append checks the version and writes nothing
      store.append("C-1", opened.size() + accept.size(), List.of());
      assertThatThrownBy(() -> store.append("C-1", 1, List.of())).isInstanceOf(VersionConflictException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void ofManyWritersAppendingTheSameVersionExactlyOneWins(TestDatabase.Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      JdbcComplaintStore store = db.store();
      List<ComplaintEvent> opened = received(store, "C-1");
      int writers = 8;
      List<Callable<Object>> tasks = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        List<ComplaintEvent> mine = Histories.accepted(opened, "acc-" + i, AT.plusSeconds(60 + i));
        tasks.add(() -> {
          store.append("C-1", opened.size(), mine);
          return mine;
        });
      }
      List<Object> results = runTogether(tasks);

      List<Object> winners = results.stream().filter(r -> r instanceof List).toList();
      assertThat(winners).hasSize(1);
      assertThat(results).filteredOn(r -> r instanceof Throwable)
          .hasSize(writers - 1)
          .allSatisfy(r -> assertThat(r).isInstanceOfSatisfying(VersionConflictException.class,
              e -> assertThat(e.actualVersion()).isGreaterThan(opened.size())));
      @SuppressWarnings("unchecked")
      List<ComplaintEvent> won = (List<ComplaintEvent>) winners.get(0);
      assertThat(store.load("C-1")).isEqualTo(concat(opened, won));
      assertThat(store.summary("C-1")).get().extracting(ComplaintSummary::version)
          .isEqualTo((long) opened.size() + won.size());
      // only the winner's command is logged
      for (int i = 0; i < writers; i++) {
        assertThat(store.command("acc-" + i).isPresent()).isEqualTo(won.get(0).commandId().equals("acc-" + i));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void aCommandIsAppliedOnceAlsoAfterARestart(TestDatabase.Kind kind) {
    try (TestDatabase db = TestDatabase.create(kind)) {
      JdbcComplaintStore store = db.store();
      List<ComplaintEvent> opened = received(store, "C-1");
      List<ComplaintEvent> accept = Histories.accepted(opened, "acc-1", AT.plusSeconds(60));
      store.append("C-1", opened.size(), accept);
      CommandOutcome outcome = new CommandOutcome("acc-1", "C-1", opened.size() + 1L,
          (long) opened.size() + accept.size());
      assertThat(store.command("acc-1")).contains(outcome);
      assertThat(store.command("rcv-C-1")).contains(new CommandOutcome("rcv-C-1", "C-1", 1, opened.size()));
      assertThat(store.command("never")).isEmpty();

      // the same append again: told it is done, with the original outcome
      assertThatThrownBy(() -> store.append("C-1", opened.size(), accept))
          .isInstanceOfSatisfying(CommandAlreadyAppliedException.class,
              e -> assertThat(e.outcome()).isEqualTo(outcome))
          .hasMessageContaining("acc-1");

      db.restart();
      JdbcComplaintStore restarted = db.store();
      assertThat(restarted.command("acc-1")).contains(outcome);
      assertThatThrownBy(() -> restarted.append("C-1", opened.size(), accept))
          .isInstanceOfSatisfying(CommandAlreadyAppliedException.class,
              e -> assertThat(e.outcome()).isEqualTo(outcome));
      // also when the retry was decided again against the current version
      List<ComplaintEvent> current = restarted.load("C-1");
      List<ComplaintEvent> again = Histories.accepted(opened, "acc-1", AT.plusSeconds(60)).stream()
          .map(e -> Histories.renumbered(e, e.version() + accept.size()))
          .toList();
      assertThatThrownBy(() -> restarted.append("C-1", current.size(), again))
          .isInstanceOf(CommandAlreadyAppliedException.class);
      assertThat(restarted.load("C-1")).isEqualTo(concat(opened, accept));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void ofManyWritersAppendingTheSameCommandOneAppliesItAndTheOthersAreToldItIsDone(TestDatabase.Kind kind)
      throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      JdbcComplaintStore store = db.store();
      List<ComplaintEvent> opened = Histories.opened("C-1", AT);
      int writers = 8;
      List<Callable<Object>> tasks = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        JdbcComplaintStore own = db.store();
        tasks.add(() -> {
          own.append("C-1", 0, opened);
          return "applied";
        });
      }
      List<Object> results = runTogether(tasks);

      assertThat(results).filteredOn("applied"::equals).hasSize(1);
      CommandOutcome outcome = new CommandOutcome("rcv-C-1", "C-1", 1, opened.size());
      assertThat(results).filteredOn(r -> r instanceof Throwable)
          .hasSize(writers - 1)
          .allSatisfy(r -> assertThat(r).isInstanceOfSatisfying(CommandAlreadyAppliedException.class,
              e -> assertThat(e.outcome()).isEqualTo(outcome)));
      assertThat(store.load("C-1")).isEqualTo(opened);
      assertThat(store.count()).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void closingAStreamGivesItsConnectionBack(TestDatabase.Kind kind) {
    try (TestDatabase db = TestDatabase.create(kind)) {
      CountingDataSource counting = new CountingDataSource(db.dataSource());
      JdbcComplaintStore store = JdbcComplaintStore.of(counting);
      for (int i = 0; i < 5; i++) {
        store.append("C-" + i, 0, Histories.opened("C-" + i, AT.plusSeconds(i)));
      }
      try (Stream<ComplaintEvent> all = store.streamAll()) {
        assertThat(all.limit(3).toList()).hasSize(3);
        assertThat(counting.open()).isEqualTo(1);
      }
      assertThat(counting.open()).isZero();
      store.streamAll().close();
      assertThat(counting.open()).isZero();
      assertThat(counting.opened()).isGreaterThan(5);
    }
  }

  /** Appends the intake of a complaint received at {@link #AT}; returns its events. */
  private static List<ComplaintEvent> received(JdbcComplaintStore store, String complaintId) {
    List<ComplaintEvent> opened = Histories.opened(complaintId, AT);
    store.append(complaintId, 0, opened);
    return opened;
  }

  static List<ComplaintEvent> concat(List<ComplaintEvent> a, List<ComplaintEvent> b) {
    List<ComplaintEvent> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /** Starts all tasks at once; each result is the task's value or the exception it threw. */
  static List<Object> runTogether(List<Callable<Object>> tasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Object>> futures = new ArrayList<>();
      for (Callable<Object> task : tasks) {
        futures.add(pool.submit(() -> {
          start.await();
          try {
            return task.call();
          } catch (RuntimeException e) {
            return e;
          }
        }));
      }
      start.countDown();
      List<Object> results = new ArrayList<>();
      for (Future<Object> f : futures) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
