package dev.complaints.core.command;

import dev.complaints.core.internal.Checks;
import dev.complaints.core.model.Grade;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Grades or regrades the complaint (定级).
 *
 * @param commandId unique id of this command; a repeated id is applied once
 * @param complaintId the complaint it is for
 * @param actor who issues it, with roles
 * @param at when it is issued
 * @param grade the new grade; must be in the engine's grade scale
 */
public record AssignGrade(
    String commandId,
    String complaintId,
    Actor actor,
    Instant at,
    Grade grade)
    implements Command {

  /**
   * Creates the command; every argument is checked.
   *
   * @param commandId unique id of this command; a repeated id is applied once
   * @param complaintId the complaint it is for
   * @param actor who issues it, with roles
   * @param at when it is issued
   * @param grade the new grade; must be in the engine's grade scale
   */
  public AssignGrade {
    Command.checkCommon(commandId, complaintId, actor, at, "AssignGrade");
    Checks.notNull(grade, "AssignGrade.grade");
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
   * Builds a {@link AssignGrade}: the four common fields ({@link CommandBuilder}), then its own, each by name.
   */
  public static final class Builder extends CommandBuilder<Builder, AssignGrade> {
    private @Nullable Grade grade;

    private Builder() {}

    /**
     * Sets {@code grade}.
     *
     * @param grade the new grade; must be in the engine's grade scale
     * @return this builder
     */
    public Builder grade(Grade grade) {
      this.grade = grade;
      return this;
    }

    @Override
    public AssignGrade build() {
      return new AssignGrade(commandId, complaintId, actor, at, grade);
    }
  }
}
