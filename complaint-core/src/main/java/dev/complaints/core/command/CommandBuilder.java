package dev.complaints.core.command;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the builders of the commands share: the four fields every command carries. Each command with more than
 * these four fields has a builder, {@code ReceiveComplaint.builder()}, {@code Dispatch.builder()} and so on, with a
 * named setter for each field; {@link #build()} runs the checks of the command's canonical constructor, so a
 * missing or blank field fails there with the field's name ({@code "ReceiveComplaint.channel must not be null"}).
 *
 * <pre>{@code
 * ReceiveComplaint receive = ReceiveComplaint.builder()
 *     .common("cmd-1", "C-1001", desk, now)      // or .commandId(..).complaintId(..).actor(..).at(..)
 *     .channel(Channel.PHONE)
 *     ...
 *     .build();
 * }</pre>
 *
 * <p>A builder is not thread-safe; it may build several commands, each from the values set so far.
 *
 * @param <B> the builder's own type, so that the setters chain
 * @param <C> the command it builds
 */
public abstract class CommandBuilder<B extends CommandBuilder<B, C>, C extends Command> {
  @Nullable String commandId;
  @Nullable String complaintId;
  @Nullable Actor actor;
  @Nullable Instant at;

  /** Only the builders of this package extend it. */
  CommandBuilder() {}

  /**
   * Sets the four fields every command carries at once.
   *
   * @param commandId unique id of the command; a repeated id is applied once
   * @param complaintId the complaint it is for
   * @param actor who issues it, with roles
   * @param at when it is issued
   * @return this builder
   */
  public B common(String commandId, String complaintId, Actor actor, Instant at) {
    this.commandId = commandId;
    this.complaintId = complaintId;
    this.actor = actor;
    this.at = at;
    return self();
  }

  /**
   * Sets the command id.
   *
   * @param commandId unique id of the command; a repeated id is applied once
   * @return this builder
   */
  public B commandId(String commandId) {
    this.commandId = commandId;
    return self();
  }

  /**
   * Sets the complaint the command is for.
   *
   * @param complaintId the complaint id
   * @return this builder
   */
  public B complaintId(String complaintId) {
    this.complaintId = complaintId;
    return self();
  }

  /**
   * Sets who issues the command.
   *
   * @param actor the actor, with roles
   * @return this builder
   */
  public B actor(Actor actor) {
    this.actor = actor;
    return self();
  }

  /**
   * Sets when the command is issued.
   *
   * @param at the instant
   * @return this builder
   */
  public B at(Instant at) {
    this.at = at;
    return self();
  }

  /**
   * Builds the command, with the checks of its canonical constructor.
   *
   * @return the command
   * @throws NullPointerException when a field that must be set is not, naming it
   * @throws IllegalArgumentException when a field is blank or out of range, naming it
   */
  public abstract C build();

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }
}
