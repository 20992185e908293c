package dev.complaints.examples.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Row-level behaviour of the event table on H2 and on PostgreSQL: versions enforced by the database. */
class EventTableTest {

  @TempDir Path dir;

  @Test
  void h2RaceHasExactlyOneWinner() throws Exception {
    raceHasExactlyOneWinner(TestDatabases.h2(dir));
  }

  @Test
  void postgresRaceHasExactlyOneWinner() throws Exception {
    raceHasExactlyOneWinner(TestDatabases.postgres());
  }

  @Test
  void h2StaleVersionIsRejectedAndNothingIsWritten() throws Exception {
    staleVersionIsRejected(TestDatabases.h2(dir));
  }

  @Test
  void postgresStaleVersionIsRejectedAndNothingIsWritten() throws Exception {
    staleVersionIsRejected(TestDatabases.postgres());
  }

  private static EventTable.Row row(String id, long v, String type) {
    return new EventTable.Row(id, v, type, "{\"n\":" + v + "}", Instant.parse("2026-10-03T11:10:00Z"));
  }

  private static void staleVersionIsRejected(Database db) throws Exception {
    EventTable t = EventTable.open(db, TestDatabases.freshTable(db));
    try (db) {
      t.append("C-1", 0, List.of(row("C-1", 1, "A"), row("C-1", 2, "B")));
      assertThatThrownBy(() -> t.append("C-1", 1, List.of(row("C-1", 2, "X"), row("C-1", 3, "Y"))))
          .isInstanceOf(EventTable.Conflict.class)
          .satisfies(e -> assertThat(((EventTable.Conflict) e).actualVersion).isEqualTo(2));
      assertThat(t.load("C-1")).extracting(EventTable.Row::type).containsExactly("A", "B");
      t.append("C-1", 2, List.of(row("C-1", 3, "C")));
      assertThat(t.currentVersion("C-1")).isEqualTo(3);
    } finally {
      t.drop();
    }
  }

  /**
   * Many rounds of two writers that both expect the same version: one commits, the other gets a conflict, and
   * the table holds the winner's events only, each version once.
   */
  private static void raceHasExactlyOneWinner(Database db) throws Exception {
    EventTable t = EventTable.open(db, TestDatabases.freshTable(db));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (db) {
      for (int round = 0; round < 20; round++) {
        String id = "C-" + round;
        t.append(id, 0, List.of(row(id, 1, "Received")));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (String writer : List.of("A", "B")) {
          Callable<String> c = () -> {
            start.await();
            try {
              t.append(id, 1, List.of(row(id, 2, writer + "1"), row(id, 3, writer + "2")));
              return writer;
            } catch (EventTable.Conflict e) {
              return "conflict";
            }
          };
          results.add(pool.submit(c));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
          outcomes.add(f.get(30, TimeUnit.SECONDS));
        }
        assertThat(outcomes).containsOnlyOnce("conflict");
        String winner = outcomes.get(0).equals("conflict") ? outcomes.get(1) : outcomes.get(0);
        assertThat(t.load(id)).extracting(EventTable.Row::type)
            .containsExactly("Received", winner + "1", winner + "2");
      }
    } finally {
      pool.shutdownNow();
      t.drop();
    }
  }
}
