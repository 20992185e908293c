package dev.complaints.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.complaints.core.Fixtures;
import dev.complaints.core.command.AcceptComplaint;
import dev.complaints.core.command.AddNote;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.model.Complaint;
import dev.complaints.core.model.NoteVisibility;
import dev.complaints.core.workflow.WorkflowEngine;
import dev.complaints.core.workflow.WorkflowPresets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InMemoryComplaintStoreTest {
  private final WorkflowEngine engine = WorkflowEngine.of(WorkflowPresets.mallTicket());

  private List<ComplaintEvent> opened(String id) {
    return engine.open(Fixtures.receive(id, "SAFETY"));
  }

  @Test
  void appendsLoadsAndStreamsInOrder() {
    InMemoryComplaintStore store = new InMemoryComplaintStore();
    store.append("A", 0, opened("A"));
    store.append("B", 0, opened("B"));
    Complaint a = engine.replay(store.load("A"));
    List<ComplaintEvent> accept = engine.decide(a, new AcceptComplaint("acc", "A", Fixtures.CS, Fixtures.T0));
    store.append("A", a.version(), accept);
    assertThat(store.load("A")).hasSize(4);
    assertThat(store.version("A")).isEqualTo(4);
    assertThat(store.version("nobody")).isZero();
    assertThat(store.load("nobody")).isEmpty();
    assertThat(store.streamAll().map(ComplaintEvent::complaintId)).containsExactly("A", "A", "A", "A", "B", "B");
  }

  @Test
  void staleExpectedVersionIsATypedConflictAndWritesNothing() {
    InMemoryComplaintStore store = new InMemoryComplaintStore();
    store.append("A", 0, opened("A"));
    assertThatThrownBy(() -> store.append("A", 0, opened("A")))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> {
          assertThat(e.complaintId()).isEqualTo("A");
          assertThat(e.expectedVersion()).isZero();
          assertThat(e.actualVersion()).isEqualTo(2);
          assertThat(e.getMessage()).contains("expected version 0").contains("version 2");
        });
    assertThat(store.load("A")).hasSize(2);
  }

  @Test
  void misnumberedOrForeignEventsAreRejected() {
    InMemoryComplaintStore store = new InMemoryComplaintStore();
    assertThatThrownBy(() -> store.append("A", 1, opened("A")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has version 1, expected 2");
    assertThatThrownBy(() -> store.append("B", 0, opened("A")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("belongs to complaint A, not B");
    assertThatThrownBy(() -> store.append(" ", 0, List.of())).hasMessageContaining("complaintId must not be blank");
    assertThat(store.streamAll()).isEmpty();
  }

  @Test
  void concurrentAppendsWithTheSameExpectedVersionExactlyOneWins() {
    qt().withExamples(15).forAll(integers().between(2, 8)).checkAssert(threads -> {
      InMemoryComplaintStore store = new InMemoryComplaintStore();
      store.append("A", 0, opened("A"));
      Complaint c = engine.replay(store.load("A"));
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      CountDownLatch start = new CountDownLatch(1);
      AtomicInteger wins = new AtomicInteger();
      AtomicInteger conflicts = new AtomicInteger();
      List<Future<?>> futures = new ArrayList<>();
      List<List<ComplaintEvent>> batches = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        batches.add(engine.decide(c, new AddNote("note-" + i, "A", Fixtures.CS, Fixtures.T0, "n" + i,
            NoteVisibility.INTERNAL)));
      }
      for (int i = 0; i < threads; i++) {
        List<ComplaintEvent> batch = batches.get(i);
        futures.add(pool.submit(() -> {
          start.await();
          try {
            store.append("A", c.version(), batch);
            wins.incrementAndGet();
          } catch (VersionConflictException e) {
            conflicts.incrementAndGet();
          }
          return null;
        }));
      }
      start.countDown();
      try {
        for (Future<?> f : futures) {
          f.get();
        }
      } catch (Exception e) {
        throw new AssertionError(e);
      } finally {
        pool.shutdown();
      }
      assertThat(wins.get()).isEqualTo(1);
      assertThat(conflicts.get()).isEqualTo(threads - 1);
      assertThat(store.load("A")).hasSize(3);
      assertThat(engine.replay(store.load("A")).notes()).hasSize(1);
    });
  }
}
