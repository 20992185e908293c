package dev.complaints.core.command;

import dev.complaints.core.internal.Checks;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A handler asks the next role up for instructions, for a decision beyond the handler's authority
 * (超出处理者权限范围的,要向顾客说明,并迅速请示上一级管理者, docs/domain.md). Who may ask and who answers are the
 * roles of the definition's transitions; one request is pending at a time, until {@link GiveInstruction}.
 *
 * @param commandId unique id of this command; a repeated id is applied once
 * @param complaintId the complaint it is for
 * @param actor who issues it, with roles
 * @param at when it is issued
 * @param question what is asked
 */
public record RequestInstruction(
    String commandId,
    String complaintId,
    Actor actor,
    Instant at,
    String question)
    implements Command {

  /**
   * Creates the command; every argument is checked.
   *
   * @param commandId unique id of this command; a repeated id is applied once
   * @param complaintId the complaint it is for
   * @param actor who issues it, with roles
   * @param at when it is issued
   * @param question what is asked
   */
  public RequestInstruction {
    Command.checkCommon(commandId, complaintId, actor, at, "RequestInstruction");
    Checks.notBlank(question, "RequestInstruction.question");
  }

  /**
   * A builder with no field set.
   *
   * @return a builder whose {@link Builder#build()} runs the checks of the canonical constructor
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RequestInstruction}: the four common fields ({@link CommandBuilder}), then its own, each by name.
   */
  public static final class Builder extends CommandBuilder<Builder, RequestInstruction> {
    private @Nullable String question;

    private Builder() {}

    /**
     * Sets {@code question}.
     *
     * @param question what is asked
     * @return this builder
     */
    public Builder question(String question) {
      this.question = question;
      return this;
    }

    @Override
    public RequestInstruction build() {
      return new RequestInstruction(commandId, complaintId, actor, at, question);
    }
  }
}
