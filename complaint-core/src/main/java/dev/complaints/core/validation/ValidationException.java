package dev.complaints.core.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a definition (workflow, calendar, SLA policy, rubric) is invalid. It carries every problem
 * found, not just the first, so that a user can fix a file in one pass.
 */
public class ValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param what what was being validated, for example {@code "workflow definition 'mall-ticket'"}
   * @param problems every problem found; at least one
   */
  public ValidationException(String what, List<Problem> problems) {
    super(message(what, problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a validation exception needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /**
   * Every problem found, in document order where there is one.
   *
   * @return the problems, never empty
   */
  public List<Problem> problems() {
    return problems;
  }

  private static String message(String what, List<Problem> problems) {
    return what + " is invalid (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "):\n"
        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }
}
