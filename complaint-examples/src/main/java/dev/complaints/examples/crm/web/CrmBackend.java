package dev.complaints.examples.crm.web;

import dev.complaints.core.command.Command;
import dev.complaints.core.command.ReceiveComplaint;
import dev.complaints.core.model.Complaint;
import dev.complaints.core.store.UnknownComplaintException;
import dev.complaints.core.store.VersionConflictException;
import dev.complaints.core.workflow.CommandRejectedException;
import dev.complaints.jdbc.ComplaintStoreUnavailableException;
import dev.complaints.sla.timer.TimerStatus;
import dev.complaints.sla.tracker.SlaBoard;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Everything the HTTP layer needs from the domain side, and nothing more: the one seam between the web service
 * and whatever keeps the complaints. Commands arrive complete (actor, roles and instant filled in by the web
 * layer from the token and the server clock).
 *
 * <p>Every method may throw {@link ComplaintStoreUnavailableException} when the database fails (see {@link
 * DatabaseStatus#unreachable} for when it cannot be reached).
 */
public interface CrmBackend {

  /**
   * One complaint with the status of its own open SLA timers.
   *
   * @param complaint the complaint
   * @param timers its open timers' status now
   * @param timersError why the timers' lights cannot be computed (a date past the calendar data), if so
   */
  record Details(Complaint complaint, List<TimerStatus> timers, Optional<String> timersError) {}

  /**
   * One page of complaints, oldest received first, read from the store's summary rows.
   *
   * @param page the page number, from 0
   * @param size the page size
   * @param total how many complaints there are
   * @param items the complaints on the page
   */
  record Page(int page, int size, long total, List<Item> items) {}

  /**
   * One complaint of a page: where it stands, without personal data.
   *
   * @param id the complaint id
   * @param node the current workflow node
   * @param version the complaint's version
   * @param closed whether it is closed
   */
  record Item(String id, String node, long version, boolean closed) {}

  /**
   * The open SLA timers of every complaint by light.
   *
   * @param board the board
   * @param unanswerable complaints whose lights cannot be computed, with the reason
   */
  record Board(SlaBoard board, Map<String, String> unanswerable) {}

  /**
   * Opens a complaint; a retry with the same command id answers the complaint as the first attempt left it.
   *
   * @param command the intake command
   * @return the complaint
   * @throws CommandRejectedException when the workflow refuses it (or the id exists for another intake)
   */
  Complaint receive(ReceiveComplaint command);

  /**
   * Handles a command; a retry with the same command id answers the complaint as the first attempt left it.
   *
   * @param command the command
   * @param expectedVersion the version the client saw, when it sent one
   * @param stampedByServer whether the command's instant is the server clock's: then a writer that appended a
   *     later event first does not make it out of order — the command is stamped again and decided again
   * @return the complaint after the command
   * @throws UnknownComplaintException when there is no such complaint
   * @throws VersionConflictException when the expected version is stale or another writer won
   * @throws CommandRejectedException when the workflow refuses the command
   */
  Complaint handle(Command command, OptionalLong expectedVersion, boolean stampedByServer);

  /**
   * Handles a command that brings its own instant (as an {@code IMPORT} token's do).
   *
   * @param command the command
   * @param expectedVersion the version the client saw, when it sent one
   * @return the complaint after the command
   */
  default Complaint handle(Command command, OptionalLong expectedVersion) {
    return handle(command, expectedVersion, false);
  }

  /**
   * One complaint and its timers.
   *
   * @param complaintId the id
   * @return the complaint, empty when unknown
   */
  Optional<Details> find(String complaintId);

  /**
   * One page of complaints.
   *
   * @param page from 0
   * @param size at least 1
   * @return the page
   */
  Page page(int page, int size);

  /**
   * The SLA board now, from the SLA tracker (no database).
   *
   * @return the board
   */
  Board board();
}
