package dev.complaints.examples.crm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.core.command.Command;
import dev.complaints.core.command.ReceiveComplaint;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.json.Json;
import dev.complaints.core.model.Complaint;
import dev.complaints.core.store.ComplaintStore;
import dev.complaints.core.store.VersionConflictException;
import dev.complaints.core.workflow.CommandRejectedException;
import dev.complaints.core.workflow.WorkflowEngine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host application's use of the library: load a complaint's events, rebuild the complaint, let the
 * workflow engine decide the command, append the new events with the version they were decided against.
 *
 * <p>Nothing is cached: every call rebuilds from the store, so several application instances can share one
 * database and the database's version check is what keeps them consistent.
 */
public final class ComplaintService {
  private static final Logger LOG = LoggerFactory.getLogger(ComplaintService.class);
  /** How often a command without an expected version is decided again after losing a race. */
  private static final int RETRIES = 3;
  private static final ObjectMapper MAPPER = Json.mapper();

  private final WorkflowEngine engine;
  private final ComplaintStore store;
  private final List<Consumer<List<ComplaintEvent>>> listeners = new ArrayList<>();

  /**
   * Creates the service.
   *
   * @param engine the workflow engine (definition, taxonomy, grade scale)
   * @param store where events are kept
   */
  public ComplaintService(WorkflowEngine engine, ComplaintStore store) {
    this.engine = engine;
    this.store = store;
  }

  /**
   * Registers a listener called with the events of every successful append (the scheduler uses it).
   *
   * @param listener the listener
   */
  public void onAppend(Consumer<List<ComplaintEvent>> listener) {
    listeners.add(listener);
  }

  /**
   * Opens a complaint. A retry (the same command id, stamped with another instant by a host that stamps
   * commands on arrival) answers the complaint as the first attempt left it.
   *
   * @param receive the intake command
   * @return the new complaint
   * @throws CommandRejectedException when the workflow rejects it (unknown category, ...)
   * @throws VersionConflictException when a complaint with that id exists already
   */
  public Complaint receive(ReceiveComplaint receive) {
    List<ComplaintEvent> existing = store.load(receive.complaintId());
    Complaint before = existing.isEmpty() ? null : engine.replay(existing);
    if (before != null) {
      Optional<Complaint> earlier = earlierResult(before, receive);
      if (earlier.isPresent()) {
        return earlier.get();
      }
    }
    List<ComplaintEvent> events = engine.decide(before, receive);
    if (before != null && !events.isEmpty()) {
      throw new VersionConflictException(receive.complaintId(), 0, before.version());
    }
    store.append(receive.complaintId(), before == null ? 0 : before.version(), events);
    published(events);
    return before == null ? engine.replay(events) : before;
  }

  /**
   * Handles a command on an existing complaint.
   *
   * <p>A command whose id is already in the complaint's history is a retry: it answers the complaint as it was
   * right after the first attempt, whatever the expected version, as long as it is the same command apart from
   * its instant (see {@link #earlierResult}).
   *
   * @param command the command
   * @param expectedVersion the version the caller saw; when present, a different stored version is a
   *     conflict; when absent, the command is decided against the latest version (and decided again if another
   *     writer wins the race, which is safe because commands are idempotent by id)
   * @return the complaint after the command
   * @throws UnknownComplaintException when there is no such complaint
   * @throws CommandRejectedException when the workflow rejects the command
   * @throws VersionConflictException when the expected version is stale or the race was lost too often
   */
  public Complaint handle(Command command, OptionalLong expectedVersion) {
    for (int attempt = 1; ; attempt++) {
      Complaint before = require(command.complaintId());
      Optional<Complaint> earlier = earlierResult(before, command);
      if (earlier.isPresent()) {
        return earlier.get();
      }
      if (expectedVersion.isPresent() && expectedVersion.getAsLong() != before.version()) {
        throw new VersionConflictException(command.complaintId(), expectedVersion.getAsLong(), before.version());
      }
      List<ComplaintEvent> events = engine.decide(before, command);
      try {
        store.append(before.id(), before.version(), events);
      } catch (VersionConflictException e) {
        if (expectedVersion.isPresent() || attempt >= RETRIES) {
          throw e;
        }
        LOG.debug("complaint {}: lost a race at version {}, deciding {} again", before.id(), before.version(),
            command.typeName());
        continue;
      }
      published(events);
      Complaint after = before;
      for (ComplaintEvent e : events) {
        after = engine.apply(after, e);
      }
      return after;
    }
  }

  /**
   * The answer to a command whose id is already recorded on the complaint: the complaint as the recorded
   * command left it. The command is judged by the engine with the recorded instant, since a host that stamps
   * commands on arrival gives a retry a later one; anything else that differs is {@code COMMAND_ID_REUSED}.
   *
   * @param current the complaint now
   * @param command the command
   * @return the complaint right after the recorded command, empty when the id is new to the complaint
   * @throws CommandRejectedException when the id was recorded for another command
   */
  Optional<Complaint> earlierResult(Complaint current, Command command) {
    List<ComplaintEvent> history = current.history();
    int last = -1;
    Instant recordedAt = null;
    for (int i = 0; i < history.size(); i++) {
      ComplaintEvent e = history.get(i);
      if (e.commandId().equals(command.commandId())) {
        recordedAt = recordedAt == null ? e.at() : recordedAt;
        last = i;
      }
    }
    if (last < 0) {
      return Optional.empty();
    }
    Command same = command.at().equals(recordedAt) ? command : withInstant(command, recordedAt);
    if (!engine.decide(current, same).isEmpty()) {
      // the engine judges a recorded id either a retry (no events) or a reuse (rejected); never new events
      throw new IllegalStateException("command " + command.commandId() + " is recorded but not a retry");
    }
    return Optional.of(engine.replay(history.subList(0, last + 1)));
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

  /**
   * A complaint rebuilt from its events.
   *
   * @param complaintId the id
   * @return the complaint, empty when unknown
   */
  public Optional<Complaint> find(String complaintId) {
    List<ComplaintEvent> events = store.load(complaintId);
    return events.isEmpty() ? Optional.empty() : Optional.of(engine.replay(events));
  }

  /**
   * A complaint rebuilt from its events.
   *
   * @param complaintId the id
   * @return the complaint
   * @throws UnknownComplaintException when unknown
   */
  public Complaint require(String complaintId) {
    return find(complaintId).orElseThrow(() -> new UnknownComplaintException(complaintId));
  }

  /**
   * Every complaint, rebuilt from one pass over the store, in the order they were opened.
   *
   * @return the complaints
   */
  public List<Complaint> all() {
    Map<String, List<ComplaintEvent>> byId = new LinkedHashMap<>();
    try (var events = store.streamAll()) {
      events.forEach(e -> byId.computeIfAbsent(e.complaintId(), k -> new ArrayList<>()).add(e));
    }
    List<Complaint> out = new ArrayList<>(byId.size());
    byId.values().forEach(list -> out.add(engine.replay(list)));
    return out;
  }

  /**
   * The engine in use.
   *
   * @return the engine
   */
  public WorkflowEngine engine() {
    return engine;
  }

  private void published(List<ComplaintEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    for (Consumer<List<ComplaintEvent>> l : listeners) {
      try {
        l.accept(events);
      } catch (RuntimeException e) {
        LOG.warn("an append listener failed", e);
      }
    }
  }
}
