package dev.complaints.core.store;

import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.event.ComplaintReceived;
import dev.complaints.core.internal.Checks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A thread-safe {@link ComplaintStore} in memory, for tests, demos and single-process hosts. */
public final class InMemoryComplaintStore implements ComplaintStore {
  private final Map<String, List<ComplaintEvent>> byComplaint = new LinkedHashMap<>();

  /** Creates an empty store. */
  public InMemoryComplaintStore() {}

  @Override
  public void append(String complaintId, long expectedVersion, List<ComplaintEvent> events) {
    Checks.notBlank(complaintId, "complaintId");
    Checks.noNulls(events, "events");
    if (expectedVersion < 0) {
      throw new IllegalArgumentException("expectedVersion must not be negative, was " + expectedVersion);
    }
    long v = expectedVersion;
    for (ComplaintEvent e : events) {
      if (!e.complaintId().equals(complaintId)) {
        throw new IllegalArgumentException("event " + e.getClass().getSimpleName() + " version " + e.version()
            + " belongs to complaint " + e.complaintId() + ", not " + complaintId);
      }
      if (e.version() != ++v) {
        throw new IllegalArgumentException("event " + e.getClass().getSimpleName() + " of complaint "
            + complaintId + " has version " + e.version() + ", expected " + v);
      }
    }
    synchronized (byComplaint) {
      List<ComplaintEvent> current = byComplaint.get(complaintId);
      long actual = current == null ? 0 : current.size();
      if (current == null && expectedVersion > 0) {
        throw new UnknownComplaintException(complaintId, "an append expecting version " + expectedVersion
            + " needs a stored complaint; nothing was appended");
      }
      if (current == null && !events.isEmpty() && !(events.get(0) instanceof ComplaintReceived)) {
        throw new UnknownComplaintException(complaintId, "the first event of a new complaint must be"
            + " ComplaintReceived, was " + events.get(0).getClass().getSimpleName() + "; nothing was appended");
      }
      if (actual != expectedVersion) {
        throw new VersionConflictException(complaintId, expectedVersion, actual);
      }
      if (events.isEmpty()) {
        return;
      }
      byComplaint.computeIfAbsent(complaintId, k -> new ArrayList<>()).addAll(events);
    }
  }

  @Override
  public List<ComplaintEvent> load(String complaintId) {
    Checks.notBlank(complaintId, "complaintId");
    synchronized (byComplaint) {
      List<ComplaintEvent> current = byComplaint.get(complaintId);
      return current == null ? List.of() : List.copyOf(current);
    }
  }

  @Override
  public Stream<ComplaintEvent> streamAll() {
    List<ComplaintEvent> all = new ArrayList<>();
    synchronized (byComplaint) {
      byComplaint.values().forEach(all::addAll);
    }
    return all.stream();
  }
}
