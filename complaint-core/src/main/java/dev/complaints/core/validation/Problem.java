package dev.complaints.core.validation;

import java.util.Objects;

/**
 * One problem found while validating a definition (workflow, calendar, SLA policy, rubric).
 *
 * @param path where the problem is, as a JSON path from the document root, for example
 *     {@code $.nodes[2].transitions[0].to}; {@code $} for the document as a whole
 * @param message what is wrong and what is allowed, in one sentence
 */
public record Problem(String path, String message) {

  /**
   * Creates a problem.
   *
   * @param path JSON path of the offending element, not blank
   * @param message what is wrong, not blank
   */
  public Problem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    if (path.isBlank() || message.isBlank()) {
      throw new IllegalArgumentException("problem path and message must not be blank");
    }
  }

  /**
   * Shorthand factory.
   *
   * @param path JSON path
   * @param message what is wrong
   * @return the problem
   */
  public static Problem of(String path, String message) {
    return new Problem(path, message);
  }

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
