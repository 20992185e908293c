package dev.complaints.examples.crm;

import dev.complaints.core.command.Command;
import dev.complaints.core.command.ReceiveComplaint;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.model.Complaint;
import dev.complaints.core.store.ComplaintStore;
import dev.complaints.core.store.VersionConflictException;
import dev.complaints.core.workflow.CommandRejectedException;
import dev.complaints.core.workflow.WorkflowEngine;
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
   * Opens a complaint.
   *
   * @param receive the intake command
   * @return the new complaint
   * @throws CommandRejectedException when the workflow rejects it (unknown category, ...)
   * @throws VersionConflictException when a complaint with that id exists already
   */
  public Complaint receive(ReceiveComplaint receive) {
    List<ComplaintEvent> existing = store.load(receive.complaintId());
    Complaint before = existing.isEmpty() ? null : engine.replay(existing);
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
