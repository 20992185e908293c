package dev.complaints.examples.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.event.ComplaintReceived;
import dev.complaints.core.event.NodeEntered;
import dev.complaints.core.event.NoteAdded;
import dev.complaints.core.model.Channel;
import dev.complaints.core.model.Complainant;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.NoteVisibility;
import dev.complaints.core.model.Remedy;
import dev.complaints.core.model.Subject;
import dev.complaints.core.store.VersionConflictException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JDBC store on H2 and on a real PostgreSQL server: concurrent writers, lossless JSON, restart.
 */
class JdbcComplaintStoreTest {
  private static final Instant T0 = Instant.parse("2026-10-03T11:10:00Z");

  @TempDir Path dir;

  @Test
  void h2ConcurrentWritersOneWins() throws Exception {
    try (Database db = TestDatabases.h2(dir)) {
      concurrentWritersOneWins(db);
    }
  }

  @Test
  void postgresConcurrentWritersOneWins() throws Exception {
    try (Database db = TestDatabases.postgres()) {
      concurrentWritersOneWins(db);
    }
  }

  @Test
  void h2EventsSurviveARestartUnchanged() {
    String table;
    List<ComplaintEvent> written = history("C-9");
    try (Database db = TestDatabases.h2(dir)) {
      table = TestDatabases.freshTable(db);
      JdbcComplaintStore.open(db, table).append("C-9", 0, written);
    }
    // A new process would open the same files: new Database, new store.
    try (Database db = TestDatabases.h2(dir)) {
      JdbcComplaintStore store = JdbcComplaintStore.open(db, table);
      assertThat(store.load("C-9")).isEqualTo(written);
      assertThat(store.version("C-9")).isEqualTo(3);
      assertThat(store.streamAll().toList()).isEqualTo(written);
    }
  }

  @Test
  void postgresEventsSurviveARestartUnchanged() {
    String table;
    List<ComplaintEvent> written = history("C-9");
    try (Database db = TestDatabases.postgres()) {
      table = TestDatabases.freshTable(db);
      JdbcComplaintStore.open(db, table).append("C-9", 0, written);
    }
    try (Database db = TestDatabases.postgres()) {
      JdbcComplaintStore store = JdbcComplaintStore.open(db, table);
      try {
        assertThat(store.load("C-9")).isEqualTo(written);
        assertThat(store.streamAll().toList()).isEqualTo(written);
      } finally {
        store.dropTable();
      }
    }
  }

  @Test
  void misnumberedOrForeignEventsAreRejectedBeforeTouchingTheDatabase() throws Exception {
    try (Database db = TestDatabases.h2(dir)) {
      JdbcComplaintStore store = JdbcComplaintStore.open(db, TestDatabases.freshTable(db));
      List<ComplaintEvent> h = history("C-1");
      assertThatThrownBy(() -> store.append("C-1", 1, h)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> store.append("C-2", 0, h)).isInstanceOf(IllegalArgumentException.class);
      assertThat(store.version("C-1")).isZero();
      store.append("C-1", 0, h);
      assertThatThrownBy(() -> store.append("C-1", 0, h))
          .isInstanceOf(VersionConflictException.class)
          .hasMessageContaining("C-1");
      assertThat(store.load("C-1")).hasSize(3);
      assertThat(store.load("nope")).isEmpty();
    }
  }

  private static void concurrentWritersOneWins(Database db) throws Exception {
    JdbcComplaintStore store = JdbcComplaintStore.open(db, TestDatabases.freshTable(db));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 15; round++) {
        String id = "C-" + round;
        store.append(id, 0, history(id));
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> futures = new ArrayList<>();
        for (String writer : List.of("alice", "bob")) {
          futures.add(pool.submit(() -> {
            go.await();
            List<ComplaintEvent> mine = List.of(note(id, 4, writer, 1), note(id, 5, writer, 2));
            try {
              store.append(id, 3, mine);
              return writer;
            } catch (VersionConflictException e) {
              assertThat(e.expectedVersion()).isEqualTo(3);
              assertThat(e.actualVersion()).isEqualTo(5);
              return "conflict";
            }
          }));
        }
        go.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : futures) {
          outcomes.add(f.get(30, TimeUnit.SECONDS));
        }
        assertThat(outcomes).containsOnlyOnce("conflict");
        String winner = outcomes.stream().filter(o -> !o.equals("conflict")).findFirst().orElseThrow();
        List<ComplaintEvent> stored = store.load(id);
        assertThat(stored).extracting(ComplaintEvent::version).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(stored.subList(3, 5)).extracting(ComplaintEvent::actor).containsOnly(winner);
        assertThat(stored.subList(0, 3)).isEqualTo(history(id));
      }
      assertThat(store.streamAll().count()).isEqualTo(15 * 5);
    } finally {
      pool.shutdownNow();
      store.dropTable();
    }
  }

  static List<ComplaintEvent> history(String id) {
    ComplaintReceived received = new ComplaintReceived(id, 1, "cmd-1", "desk", T0, "mall-ticket", Channel.PHONE,
        new Complainant("张三", "13812345678", "zhang@example.com"), T0,
        new Subject("Golden Noodle House", "3F-120"), "MERCHANT_SERVICE", "rude staff", List.of(Remedy.APOLOGY),
        List.of(), "plaza-01", Grade.GENERAL);
    return List.of(received,
        new NodeEntered(id, 2, "cmd-1", "desk", T0, "ACCEPTANCE"),
        new NoteAdded(id, 3, "cmd-2", "desk", T0.plusSeconds(60), "called back", NoteVisibility.INTERNAL));
  }

  private static ComplaintEvent note(String id, long version, String actor, int n) {
    return new NoteAdded(id, version, "cmd-" + actor + "-" + n, actor, T0.plusSeconds(600 + n), "note " + n,
        NoteVisibility.INTERNAL);
  }
}
