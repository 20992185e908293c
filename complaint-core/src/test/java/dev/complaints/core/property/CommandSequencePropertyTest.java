package dev.complaints.core.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.complaints.core.Fixtures;
import dev.complaints.core.RandomCommands;
import dev.complaints.core.command.Command;
import dev.complaints.core.command.ReceiveComplaint;
import dev.complaints.core.command.RecordReturnVisit;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.json.Json;
import dev.complaints.core.model.Category;
import dev.complaints.core.model.Complaint;
import dev.complaints.core.store.InMemoryComplaintStore;
import dev.complaints.core.workflow.CommandRejectedException;
import dev.complaints.core.workflow.Condition;
import dev.complaints.core.workflow.WorkflowEngine;
import dev.complaints.core.workflow.WorkflowPresets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandSequencePropertyTest {
  private static final ObjectMapper MAPPER = Json.mapper();

  private static List<String> categories(WorkflowEngine engine) {
    List<String> codes = engine.taxonomy().categories().stream().map(Category::code).collect(Collectors.toList());
    codes.add("NOT_A_CATEGORY");
    return codes;
  }

  /** Runs a random sequence, checking the per-command laws; returns the final complaint and its events. */
  private static Complaint run(WorkflowEngine engine, List<Integer> codes, List<ComplaintEvent> recorded,
      InMemoryComplaintStore store) throws Exception {
    List<String> cats = categories(engine);
    ReceiveComplaint intake = Fixtures.receive("P-1", cats.get(0));
    Complaint c = engine.handle(null, intake);
    recorded.addAll(c.history());
    store.append("P-1", 0, c.history());
    // every command recorded so far, by id, and the steps that recorded one
    Map<String, Command> applied = new HashMap<>(Map.of(intake.commandId(), intake));
    List<Integer> appliedSteps = new ArrayList<>();
    int step = 0;
    for (int code : codes) {
      ++step;
      if ((code / 17) % 4 == 0 && !appliedSteps.isEmpty()) {
        reuseAnId(engine, c, code, appliedSteps.get((code / 68) % appliedSteps.size()), applied, store, cats);
        continue;
      }
      Command cmd = RandomCommands.of(code, step, c, engine, cats);
      Command roundTripped = MAPPER.readValue(MAPPER.writeValueAsString(cmd), Command.class);
      assertThat(roundTripped).isEqualTo(cmd);
      Complaint before = c;
      Instant lastAt = before.history().get(before.history().size() - 1).at();
      Instant earliest = before.receivedAt().isAfter(lastAt) ? before.receivedAt() : lastAt;
      boolean backInTime = !applied.containsKey(cmd.commandId()) && cmd.at().isBefore(earliest);
      List<ComplaintEvent> events;
      try {
        events = engine.decide(c, cmd);
      } catch (CommandRejectedException rejected) {
        // a new command is rejected for its instant exactly when it goes back in time
        assertThat(rejected.reason() == CommandRejectedException.Reason.INSTANT_OUT_OF_ORDER)
            .as("%s rejected as %s", cmd, rejected.reason()).isEqualTo(backInTime);
        // nothing was recorded: the stored events still rebuild the complaint as it was
        assertThat(store.version("P-1")).isEqualTo(before.version());
        assertThat(engine.replay(store.load("P-1"))).isEqualTo(before);
        assertThat(rejected.complaintId()).isEqualTo("P-1");
        assertThat(rejected.node()).isEqualTo(before.node());
        assertThat(rejected.command()).isEqualTo(cmd.typeName());
        assertThat(rejected.commandId()).isEqualTo(cmd.commandId());
        assertThat(rejected.allowedCommands()).isEqualTo(engine.allowedCommands(before));
        assertThat(rejected.getMessage()).startsWith("command " + cmd.typeName() + " (" + cmd.commandId()
                + ") rejected for complaint P-1 in node " + before.node() + ": " + rejected.detail())
            .endsWith("; commands allowed in " + before.node() + ": " + engine.allowedCommands(before));
        // deciding is pure: the same command against the same complaint is rejected the same way
        assertThatThrownBy(() -> engine.decide(before, cmd)).isInstanceOfSatisfying(CommandRejectedException.class,
            again -> assertThat(again.getMessage()).isEqualTo(rejected.getMessage()));
        continue;
      }
      assertThat(backInTime).as("%s accepted though before %s", cmd, earliest).isFalse();
      if (cmd instanceof ReceiveComplaint) {
        assertThat(events).isEmpty();
        continue;
      }
      assertThat(events).isNotEmpty();
      for (int i = 0; i < events.size(); i++) {
        assertThat(events.get(i).version()).isEqualTo(before.version() + 1 + i);
        assertThat(events.get(i).commandId()).isEqualTo(cmd.commandId());
      }
      store.append("P-1", before.version(), events);
      for (ComplaintEvent e : events) {
        c = engine.apply(c, e);
      }
      recorded.addAll(events);
      applied.put(cmd.commandId(), cmd);
      appliedSteps.add(step);
      assertThat(engine.decide(c, cmd)).as("repeated command id").isEmpty();
      assertThat(c.node()).isNotNull();
      assertThat(c.closed()).isEqualTo(engine.definition().requireNode(c.node()).terminal());
    }
    return c;
  }

  /**
   * Draws a command for an earlier step, so it has that step's id and instant: the very command recorded then is a
   * retry and gives no events; any other command under the id is rejected and changes nothing. The generator's
   * actors have distinct ids and the values it draws are recorded in the events, except the escalate flag of a
   * satisfied return visit, so for its commands "the same" is equality once that flag is cleared.
   */
  private static void reuseAnId(WorkflowEngine engine, Complaint c, int code, int earlierStep,
      Map<String, Command> applied, InMemoryComplaintStore store, List<String> cats) {
    Command cmd = RandomCommands.of(code, earlierStep, c, engine, cats);
    Command original = applied.get(cmd.commandId());
    assertThat(original).as("a generated command with the id of step %s", earlierStep).isNotNull();
    if (withoutTracelessValues(cmd, engine).equals(withoutTracelessValues(original, engine))) {
      assertThat(engine.decide(c, cmd)).isEmpty();
      return;
    }
    assertThatThrownBy(() -> engine.decide(c, cmd)).isInstanceOfSatisfying(CommandRejectedException.class, e -> {
      assertThat(e.reason()).isEqualTo(CommandRejectedException.Reason.COMMAND_ID_REUSED);
      assertThat(e.complaintId()).isEqualTo("P-1");
      assertThat(e.commandId()).isEqualTo(cmd.commandId());
      assertThat(e.node()).isEqualTo(c.node());
      assertThat(e.detail()).startsWith("command id '" + cmd.commandId() + "' was already used on complaint P-1"
          + " by another command");
    });
    assertThat(store.version("P-1")).isEqualTo(c.version());
    assertThat(engine.replay(store.load("P-1"))).isEqualTo(c);
  }

  /**
   * The command with the values its events leave no trace of cleared: escalate on a satisfied return visit, and on
   * any return visit of a workflow whose transitions do not look at it (seven-step).
   */
  private static Command withoutTracelessValues(Command cmd, WorkflowEngine engine) {
    boolean escalateMatters = engine.definition().nodes().stream().flatMap(n -> n.transitions().stream())
        .anyMatch(t -> t.when().contains(Condition.ESCALATE) || t.when().contains(Condition.NO_ESCALATE));
    if (cmd instanceof RecordReturnVisit v && (v.result().isSatisfied() || !escalateMatters)) {
      return new RecordReturnVisit(v.commandId(), v.complaintId(), v.actor(), v.at(), v.result(), false);
    }
    return cmd;
  }

  @ParameterizedTest
  @ValueSource(strings = {"mall-ticket", "seven-step", "retail-plan"})
  void randomCommandsAreAppliedOrRejectedAndReplayRebuildsTheComplaint(String preset) {
    WorkflowEngine engine = WorkflowEngine.of(WorkflowPresets.load(preset));
    qt().withExamples(25).forAll(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 60))
        .checkAssert(codes -> {
          List<ComplaintEvent> recorded = new ArrayList<>();
          InMemoryComplaintStore store = new InMemoryComplaintStore();
          Complaint c;
          try {
            c = run(engine, codes, recorded, store);
          } catch (Exception e) {
            throw new AssertionError(e);
          }
          assertThat(engine.replay(recorded)).isEqualTo(c);
          assertThat(store.load("P-1")).isEqualTo(recorded);
          assertThat(engine.replay(store.load("P-1"))).isEqualTo(c);
          assertThat(c.history()).isEqualTo(recorded);
          // instants never go back in time and none is before the receipt
          assertThat(recorded).extracting(ComplaintEvent::at).isSorted().allMatch(at -> !at.isBefore(c.receivedAt()));
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"mall-ticket", "seven-step", "retail-plan"})
  void randomComplaintsAndEventsRoundTripThroughJson(String preset) {
    WorkflowEngine engine = WorkflowEngine.of(WorkflowPresets.load(preset));
    qt().withExamples(10).forAll(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 40))
        .checkAssert(codes -> {
          try {
            List<ComplaintEvent> recorded = new ArrayList<>();
            Complaint c = run(engine, codes, recorded, new InMemoryComplaintStore());
            String json = MAPPER.writeValueAsString(c);
            assertThat(MAPPER.readValue(json, Complaint.class)).isEqualTo(c);
            for (ComplaintEvent e : recorded) {
              String ej = MAPPER.writeValueAsString(e);
              assertThat(ej).contains("\"type\":\"" + e.getClass().getSimpleName() + "\"");
              assertThat(MAPPER.readValue(ej, ComplaintEvent.class)).isEqualTo(e);
            }
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        });
  }
}
