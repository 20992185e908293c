package dev.complaints.examples.crm.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.core.command.Command;
import dev.complaints.core.command.ReceiveComplaint;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.json.Json;
import dev.complaints.core.model.Complaint;
import dev.complaints.core.store.UnknownComplaintException;
import dev.complaints.core.store.VersionConflictException;
import dev.complaints.core.workflow.CommandRejectedException;
import dev.complaints.core.workflow.WorkflowEngine;
import dev.complaints.jdbc.CommandAlreadyAppliedException;
import dev.complaints.jdbc.CommandOutcome;
import dev.complaints.jdbc.JdbcComplaintStore;
import dev.complaints.sla.calendar.CalendarRangeException;
import dev.complaints.sla.timer.SlaTimer;
import dev.complaints.sla.timer.TimerStatus;
import dev.complaints.sla.tracker.SlaTracker;
import dev.complaints.spring.ComplaintCommands;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * {@link CrmBackend} over the starter and {@code complaint-jdbc}: commands go through the starter's {@link
 * ComplaintCommands}; lists, versions and the command log are read from the {@link JdbcComplaintStore}'s summary
 * rows and command log (no replay); the SLA lights come from the starter's {@link SlaTracker}.
 *
 * <p>A command whose id is already in the command log is a retry: it is answered with the complaint as that
 * command left it (not as it is now), as long as it is the same command apart from its instant; the same id for
 * another command is {@code COMMAND_ID_REUSED}.
 */
final class ExampleCrmBackend implements CrmBackend {
  private static final ObjectMapper MAPPER = Json.mapper();

  private final ComplaintCommands commands;
  private final JdbcComplaintStore store;
  private final SlaTracker tracker;
  private final WorkflowEngine engine;
  /** How many times a server-stamped command is stamped when other writers keep overtaking it. */
  private static final int STAMPS = 3;

  private final Clock clock;

  ExampleCrmBackend(ComplaintCommands commands, JdbcComplaintStore store, SlaTracker tracker, WorkflowEngine engine,
      Clock clock) {
    this.commands = commands;
    this.store = store;
    this.tracker = tracker;
    this.engine = engine;
    this.clock = clock;
  }

  @Override
  public Complaint receive(ReceiveComplaint command) {
    Optional<Complaint> earlier = earlierResult(command);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    try {
      return commands.receive(command);
    } catch (CommandAlreadyAppliedException e) {
      return earlierResult(command).orElseThrow(() -> e);
    }
  }

  @Override
  public Complaint handle(Command command, OptionalLong expectedVersion, boolean stampedByServer) {
    Optional<Complaint> earlier = earlierResult(command);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    String id = command.complaintId();
    long version = store.version(id);
    if (version == 0) {
      throw new UnknownComplaintException(id);
    }
    if (expectedVersion.isPresent() && expectedVersion.getAsLong() != version) {
      throw new VersionConflictException(id, expectedVersion.getAsLong(), version);
    }
    Command attempt = command;
    for (int n = 1; ; n++) {
      try {
        return commands.handle(attempt, expectedVersion);
      } catch (CommandAlreadyAppliedException e) {
        return earlierResult(command).orElseThrow(() -> e);
      } catch (CommandRejectedException e) {
        // stamped on arrival, then overtaken by a writer whose event is later: the server's "now" has moved on
        if (!stampedByServer || e.reason() != CommandRejectedException.Reason.INSTANT_OUT_OF_ORDER
            || n >= STAMPS) {
          throw e;
        }
        attempt = withInstant(command, clock.instant());
      }
    }
  }

  /**
   * The answer to a command whose id is in the store's command log: the complaint right after that command. The
   * command is judged by the engine with the recorded instant, since the server stamps commands on arrival and so
   * gives a retry a later one; anything else that differs is {@code COMMAND_ID_REUSED}.
   */
  private Optional<Complaint> earlierResult(Command command) {
    Optional<CommandOutcome> done = store.command(command.commandId());
    if (done.isEmpty()) {
      return Optional.empty();
    }
    CommandOutcome outcome = done.get();
    if (!outcome.complaintId().equals(command.complaintId())) {
      throw new CommandRejectedException(command.complaintId(), null, command.typeName(), command.commandId(),
          List.of(), CommandRejectedException.Reason.COMMAND_ID_REUSED,
          "the command id was used for another complaint");
    }
    List<ComplaintEvent> history = store.load(outcome.complaintId());
    Instant recordedAt = history.stream().filter(e -> e.commandId().equals(command.commandId()))
        .map(ComplaintEvent::at).findFirst().orElse(command.at());
    Command same = command.at().equals(recordedAt) ? command : withInstant(command, recordedAt);
    Complaint current = engine.replay(history);
    if (!engine.decide(current, same).isEmpty()) {
      // the engine judges a recorded id either a retry (no events) or a reuse (rejected); never new events
      throw new IllegalStateException("command " + command.commandId() + " is recorded but not a retry");
    }
    int upTo = (int) Math.min(history.size(), outcome.lastVersion());
    return Optional.of(engine.replay(history.subList(0, upTo)));
  }

  /** The same command with another instant, through the core JSON mapping (commands are records). */
  private static Command withInstant(Command command, Instant at) {
    try {
      ObjectNode tree = (ObjectNode) MAPPER.readTree(MAPPER.writerFor(Command.class).writeValueAsString(command));
      tree.put("at", at.toString());
      return MAPPER.treeToValue(tree, Command.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a command cannot be written and read back as JSON", e);
    }
  }

  @Override
  public Optional<Details> find(String complaintId) {
    return commands.find(complaintId).map(this::details);
  }

  /** The complaint's own timers only: the other complaints' lights are not computed. */
  private Details details(Complaint complaint) {
    Instant now = clock.instant();
    List<TimerStatus> open = new ArrayList<>();
    try {
      for (SlaTimer timer : tracker.timersOf(complaint.id())) {
        if (timer.isOpen()) {
          timer.statusAt(now).ifPresent(open::add);
        }
      }
    } catch (IllegalArgumentException | CalendarRangeException e) {
      return new Details(complaint, List.of(), Optional.of(e.getMessage()));
    }
    return new Details(complaint, open, Optional.empty());
  }

  /** From the summary rows alone: no complaint is rebuilt from its events. */
  @Override
  public Page page(int page, int size) {
    long total = store.count();
    List<Item> items = store.page(page, size).stream()
        .map(s -> new Item(s.id(), String.valueOf(s.node()), s.version(), s.closed())).toList();
    return new Page(page, size, total, items);
  }

  @Override
  public Board board() {
    Map<String, String> unanswerable = new TreeMap<>();
    var board = tracker.board(clock.instant(), (id, e) -> unanswerable.put(id, e.getMessage()));
    return new Board(board, unanswerable);
  }
}
