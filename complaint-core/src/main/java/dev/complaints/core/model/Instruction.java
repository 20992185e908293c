package dev.complaints.core.model;

import dev.complaints.core.internal.Checks;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A request for instructions from a handler whose authority does not reach (超出处理者权限范围…请示上一级管理者,
 * docs/domain.md "Evidence and instructions"), and the instruction given by the next role up. Internal: never
 * shown in the customer-facing view.
 *
 * @param question what the handler asks, not blank
 * @param requestedBy the actor who asked, not blank
 * @param requestedAt when
 * @param instruction the instruction given, or null while the request is pending
 * @param givenBy who gave it, or null while pending
 * @param givenAt when it was given, or null while pending
 */
public record Instruction(String question, String requestedBy, Instant requestedAt, @Nullable String instruction,
    @Nullable String givenBy, @Nullable Instant givenAt) {

  /**
   * Creates an instruction record; the three answer fields are all null (pending) or all set.
   *
   * @param question the question, not blank
   * @param requestedBy who asked, not blank
   * @param requestedAt when, not null
   * @param instruction the instruction or null
   * @param givenBy who gave it or null
   * @param givenAt when it was given or null
   */
  public Instruction {
    Checks.notBlank(question, "instruction question");
    Checks.notBlank(requestedBy, "instruction requestedBy");
    Checks.notNull(requestedAt, "instruction requestedAt");
    Checks.nullOrNotBlank(instruction, "instruction instruction");
    Checks.nullOrNotBlank(givenBy, "instruction givenBy");
    if ((instruction == null) != (givenBy == null) || (instruction == null) != (givenAt == null)) {
      throw new IllegalArgumentException("an instruction's text, giver and instant are given together");
    }
  }

  /**
   * Whether the request still waits for an instruction.
   *
   * @return true while no instruction is given
   */
  public boolean pending() {
    return instruction == null;
  }

  /**
   * The request answered.
   *
   * @param text the instruction
   * @param by who gave it
   * @param at when
   * @return the answered request
   */
  public Instruction given(String text, String by, Instant at) {
    return new Instruction(question, requestedBy, requestedAt, text, by, at);
  }
}
