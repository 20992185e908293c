package dev.complaints.spring;

import dev.complaints.core.event.ComplaintEvent;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Spring application event published by {@link ComplaintCommands} after events were appended to the store
 * (never for a command that changed nothing, such as a retried one).
 *
 * @param complaintId the complaint
 * @param events the appended events, in version order, not empty
 */
public record ComplaintEventsAppended(String complaintId, List<ComplaintEvent> events) {

  /**
   * Creates the event.
   *
   * @param complaintId the complaint
   * @param events the appended events
   */
  public ComplaintEventsAppended {
    Objects.requireNonNull(complaintId, "complaintId");
    events = List.copyOf(events);
  }

  /**
   * The complaint id and the event types and versions; no event content, so that logging the event shows no
   * personal data.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "ComplaintEventsAppended[complaintId=" + complaintId + ", events="
        + events.stream().map(e -> e.getClass().getSimpleName() + "@" + e.version())
            .collect(Collectors.joining(", ", "[", "]")) + "]";
  }
}
