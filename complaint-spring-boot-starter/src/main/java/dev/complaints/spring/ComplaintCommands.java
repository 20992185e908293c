package dev.complaints.spring;

import dev.complaints.core.command.Command;
import dev.complaints.core.command.ReceiveComplaint;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.model.Complaint;
import dev.complaints.core.store.ComplaintStore;
import dev.complaints.core.store.UnknownComplaintException;
import dev.complaints.core.store.VersionConflictException;
import dev.complaints.core.workflow.CommandRejectedException;
import dev.complaints.core.workflow.WorkflowEngine;
import dev.complaints.sla.tracker.SlaTracker;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The application service of the complaints: every command is decided by the {@link WorkflowEngine} against the
 * complaint's stored events and appended with the version it was decided against; the new events then go to the
 * {@link SlaTracker} and out as a {@link ComplaintEventsAppended} application event.
 *
 * <p>Commands are idempotent by command id: when the complaint's stored events already hold an event of the
 * command's id, the complaint is returned as it is and nothing is decided again, so a retry (even one carrying
 * another instant) is answered with the result of the first attempt.
 *
 * <p>Nothing is cached: each call rebuilds the complaint from the store, so that several application instances
 * can share one store whose version check keeps them consistent. The tracker and the application events only
 * see the commands of this instance.
 */
public class ComplaintCommands {
  private static final Logger LOG = LoggerFactory.getLogger(ComplaintCommands.class);
  /** How often a command without an expected version is decided in all when other writers win the race. */
  static final int ATTEMPTS = 3;

  private final WorkflowEngine engine;
  private final ComplaintStore store;
  private final SlaTracker tracker;
  private final ApplicationEventPublisher publisher;
  private final List<ComplaintCommandObserver> observers;

  /**
   * Creates the service.
   *
   * @param engine decides the commands
   * @param store keeps the events
   * @param tracker told of every appended event
   * @param publisher publishes {@link ComplaintEventsAppended}
   * @param observers told of every command's outcome (may be empty)
   */
  public ComplaintCommands(WorkflowEngine engine, ComplaintStore store, SlaTracker tracker,
      ApplicationEventPublisher publisher, List<ComplaintCommandObserver> observers) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.store = Objects.requireNonNull(store, "store");
    this.tracker = Objects.requireNonNull(tracker, "tracker");
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    this.observers = List.copyOf(observers);
  }

  /**
   * Opens a complaint. A retry of the same command id for the same complaint id returns the complaint as it is.
   *
   * @param command the intake command
   * @return the complaint
   * @throws CommandRejectedException when the workflow rejects it, for example because a complaint with that id
   *     was opened by another command ({@code ALREADY_EXISTS}) or the category is unknown
   * @throws VersionConflictException when other writers kept winning the race for this complaint id
   */
  public Complaint receive(ReceiveComplaint command) {
    return execute(command, OptionalLong.empty());
  }

  /**
   * Handles a command on an existing complaint.
   *
   * @param command the command
   * @param expectedVersion the version the caller saw; when present, any other stored version is a conflict; when
   *     empty, the command is decided against the current version, and decided again (up to three attempts in all)
   *     when another writer appends first
   * @return the complaint after the command, or as it is when the command id is already recorded
   * @throws CommandRejectedException when the workflow rejects the command
   * @throws UnknownComplaintException when there is no such complaint
   * @throws VersionConflictException when the expected version is not the stored one, or the race was lost on
   *     every attempt
   */
  public Complaint handle(Command command, OptionalLong expectedVersion) {
    Objects.requireNonNull(expectedVersion, "expectedVersion");
    return execute(command, expectedVersion);
  }

  /**
   * A complaint rebuilt from its stored events.
   *
   * @param complaintId the id
   * @return the complaint, empty when there is none with that id
   */
  public Optional<Complaint> find(String complaintId) {
    List<ComplaintEvent> events = store.load(Objects.requireNonNull(complaintId, "complaintId"));
    return events.isEmpty() ? Optional.empty() : Optional.of(engine.replay(events));
  }

  private Complaint execute(Command command, OptionalLong expectedVersion) {
    Objects.requireNonNull(command, "command");
    long started = System.nanoTime();
    String id = command.complaintId();
    for (int attempt = 1; ; attempt++) {
      List<ComplaintEvent> stored = store.load(id);
      Complaint before = stored.isEmpty() ? null : engine.replay(stored);
      if (contains(stored, command)) {
        LOG.debug("complaint {}: command {} ({}) is already recorded; answered as it is", id, command.commandId(),
            command.typeName());
        observe(command, CommandOutcome.DUPLICATE, started);
        return before;
      }
      long version = before == null ? 0 : before.version();
      if (expectedVersion.isPresent() && expectedVersion.getAsLong() != version) {
        observe(command, CommandOutcome.CONFLICT, started);
        throw new VersionConflictException(id, expectedVersion.getAsLong(), version);
      }
      List<ComplaintEvent> events;
      try {
        events = engine.decide(before, command);
      } catch (CommandRejectedException | IllegalArgumentException e) {
        observe(command, CommandOutcome.REJECTED, started);
        throw e;
      }
      if (events.isEmpty()) {
        observe(command, CommandOutcome.DUPLICATE, started);
        return before;
      }
      try {
        store.append(id, version, events);
      } catch (VersionConflictException e) {
        if (recorded(id, command)) {
          continue; // a racing writer applied this very command: answered at the top as a duplicate
        }
        if (expectedVersion.isPresent() || attempt >= ATTEMPTS) {
          observe(command, CommandOutcome.CONFLICT, started);
          throw e;
        }
        LOG.debug("complaint {}: another writer appended at version {}; deciding {} again", id, version,
            command.typeName());
        continue;
      }
      appended(id, events);
      observe(command, CommandOutcome.APPLIED, started);
      Complaint after = before;
      for (ComplaintEvent e : events) {
        after = engine.apply(after, e);
      }
      return after;
    }
  }

  private boolean recorded(String complaintId, Command command) {
    return contains(store.load(complaintId), command);
  }

  private static boolean contains(List<ComplaintEvent> events, Command command) {
    return events.stream().anyMatch(e -> e.commandId().equals(command.commandId()));
  }

  private void appended(String complaintId, List<ComplaintEvent> events) {
    try {
      tracker.applyAll(events);
    } catch (RuntimeException e) {
      // The events are stored; the SLA lights of this complaint are wrong until the tracker is rebuilt.
      LOG.error("complaint {}: the SLA tracker could not take the events at versions {}..{}", complaintId,
          events.get(0).version(), events.get(events.size() - 1).version(), e);
    }
    try {
      publisher.publishEvent(new ComplaintEventsAppended(complaintId, events));
    } catch (RuntimeException e) {
      // The command took effect; a failing listener must not make it look failed (a retry would be a duplicate).
      LOG.error("complaint {}: a listener of the appended events failed", complaintId, e);
    }
  }

  private void observe(Command command, CommandOutcome outcome, long startedNanos) {
    Duration took = Duration.ofNanos(System.nanoTime() - startedNanos);
    for (ComplaintCommandObserver o : observers) {
      try {
        o.commandHandled(command.typeName(), outcome, took);
      } catch (RuntimeException e) {
        LOG.warn("a complaint command observer failed", e);
      }
    }
  }
}
