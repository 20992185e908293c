package dev.complaints.core.store;

import dev.complaints.core.event.ComplaintEvent;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where complaint events are kept (service provider interface). Appends are optimistic: the caller states the
 * version it decided against, and the append fails with {@link VersionConflictException} when another writer
 * got there first. An append is all-or-nothing.
 */
public interface ComplaintStore {

  /**
   * Appends the events of one command.
   *
   * @param complaintId the complaint
   * @param expectedVersion the complaint's version the events were decided against (0 for a new complaint)
   * @param events the events, numbered {@code expectedVersion + 1, expectedVersion + 2, …}, all of that
   *     complaint; an empty list appends nothing
   * @throws VersionConflictException when the complaint's version is not {@code expectedVersion}
   * @throws UnknownComplaintException when {@code expectedVersion} is above 0 and nothing is stored for the
   *     complaint, or when it is 0 and the first event is not {@code ComplaintReceived}; nothing is appended
   * @throws IllegalArgumentException when the events do not belong to the complaint or are misnumbered
   */
  void append(String complaintId, long expectedVersion, List<ComplaintEvent> events);

  /**
   * All events of a complaint, in version order.
   *
   * @param complaintId the complaint
   * @return the events, empty when the complaint is unknown
   */
  List<ComplaintEvent> load(String complaintId);

  /**
   * All events of a complaint that exists, in version order: {@link #load} for a caller to whom an unknown id is an
   * error, for example before {@code WorkflowEngine.replay}.
   *
   * @param complaintId the complaint
   * @return the events, never empty
   * @throws UnknownComplaintException when nothing is stored for the complaint
   */
  default List<ComplaintEvent> loadExisting(String complaintId) {
    List<ComplaintEvent> events = load(complaintId);
    if (events.isEmpty()) {
      throw new UnknownComplaintException(complaintId);
    }
    return events;
  }

  /**
   * Every event of every complaint, each complaint's events in version order, complaints in the order of their
   * first append.
   *
   * @return a stream of a consistent snapshot
   */
  Stream<ComplaintEvent> streamAll();

  /**
   * The complaint's current version.
   *
   * @param complaintId the complaint
   * @return the version, 0 when unknown
   */
  default long version(String complaintId) {
    List<ComplaintEvent> events = load(complaintId);
    return events.isEmpty() ? 0 : events.get(events.size() - 1).version();
  }
}
