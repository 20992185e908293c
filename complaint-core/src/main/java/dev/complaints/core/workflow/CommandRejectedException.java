package dev.complaints.core.workflow;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A command the engine refused. It names the complaint, the node the complaint is in, the command, the commands
 * allowed there and why; a rejected command changes nothing. A command for a complaint that does not exist is no
 * rejection by the workflow: it is an {@link dev.complaints.core.store.UnknownComplaintException}.
 */
public class CommandRejectedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why a command was rejected. */
  public enum Reason {
    /** The node does not accept this command. */
    NOT_ALLOWED_IN_NODE,
    /** The actor has none of the roles the transition requires. */
    MISSING_ROLE,
    /** A field the transition requires is not set. */
    MISSING_FIELD,
    /** A guard condition of the transition does not hold. */
    GUARD_FAILED,
    /** An entry condition of the target node does not hold. */
    ENTRY_GUARD_FAILED,
    /** No transition of this command has conditions that hold. */
    NO_MATCHING_TRANSITION,
    /** A value of the command is not allowed (unknown category, grade outside the scale, nothing to change). */
    INVALID_VALUE,
    /** {@code ReceiveComplaint} for a complaint that already exists. */
    ALREADY_EXISTS,
    /**
     * The command id is already in the complaint's history, recorded for another command (another type, actor,
     * instant or content). Repeating the very same command is not rejected: it gives no events.
     */
    COMMAND_ID_REUSED,
    /**
     * The command goes back in time: its instant is before the complaint's received-at instant or before the
     * instant of the complaint's last event, or a {@code ReceiveComplaint} has a received-at after its own instant.
     */
    INSTANT_OUT_OF_ORDER,
    /**
     * The transition taken escalates the grade ({@code gradeUp}), but the complaint already has the highest grade
     * of the engine's grade scale, so the escalation would not raise it.
     */
    NO_HIGHER_GRADE
  }

  private final String complaintId;
  private final @Nullable String node;
  private final String command;
  private final String commandId;
  private final List<String> allowedCommands;
  private final Reason reason;
  private final String detail;

  /**
   * Creates the exception.
   *
   * @param complaintId the complaint
   * @param node the node the complaint is in, or null when it does not exist
   * @param command the command type name
   * @param commandId the command id
   * @param allowedCommands the commands the node accepts
   * @param reason why
   * @param detail what exactly is wrong and what is allowed
   */
  public CommandRejectedException(String complaintId, @Nullable String node, String command, String commandId,
      List<String> allowedCommands, Reason reason, String detail) {
    super("command " + command + " (" + commandId + ") rejected for complaint " + complaintId
        + (node == null ? "" : " in node " + node) + ": " + detail + "; commands allowed"
        + (node == null ? "" : " in " + node) + ": " + allowedCommands);
    this.complaintId = complaintId;
    this.node = node;
    this.command = command;
    this.commandId = commandId;
    this.allowedCommands = List.copyOf(allowedCommands);
    this.reason = reason;
    this.detail = detail;
  }

  /**
   * The complaint.
   *
   * @return the complaint id
   */
  public String complaintId() {
    return complaintId;
  }

  /**
   * The node the complaint is in.
   *
   * @return the node, or null when the complaint does not exist
   */
  public @Nullable String node() {
    return node;
  }

  /**
   * The rejected command's type name.
   *
   * @return the command type name
   */
  public String command() {
    return command;
  }

  /**
   * The rejected command's id.
   *
   * @return the command id
   */
  public String commandId() {
    return commandId;
  }

  /**
   * The commands the node accepts.
   *
   * @return the command type names
   */
  public List<String> allowedCommands() {
    return allowedCommands;
  }

  /**
   * Why the command was rejected.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }

  /**
   * What exactly is wrong.
   *
   * @return the detail
   */
  public String detail() {
    return detail;
  }
}
