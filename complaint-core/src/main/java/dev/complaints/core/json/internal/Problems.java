package dev.complaints.core.json.internal;

import dev.complaints.core.validation.Problem;
import dev.complaints.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The problem collector: every reader and check of a document adds what it finds here, in document order, and
 * goes on reading, so that one run lists every problem.
 */
public final class Problems {
  private final List<Problem> list = new ArrayList<>();

  /**
   * Records a problem.
   *
   * @param path the JSON path
   * @param message what is wrong, in the wording of {@link Wording}
   */
  public void add(String path, String message) {
    list.add(Problem.of(path, message));
  }

  /**
   * Records a problem.
   *
   * @param problem the problem
   */
  public void add(Problem problem) {
    list.add(problem);
  }

  /**
   * Records problems.
   *
   * @param problems the problems, in order
   */
  public void addAll(Collection<Problem> problems) {
    list.addAll(problems);
  }

  /**
   * How many problems were recorded so far; with {@link #since(int)} a reader tells whether a part of the
   * document added any.
   *
   * @return the count
   */
  public int mark() {
    return list.size();
  }

  /**
   * Whether problems were recorded after a {@link #mark()}.
   *
   * @param mark an earlier mark
   * @return true when there are more problems now
   */
  public boolean since(int mark) {
    return list.size() > mark;
  }

  /**
   * Whether nothing was recorded.
   *
   * @return true when there is no problem
   */
  public boolean isEmpty() {
    return list.isEmpty();
  }

  /**
   * The problems recorded, in order, each once.
   *
   * @return the problems
   */
  public List<Problem> list() {
    return List.copyOf(new LinkedHashSet<>(list));
  }

  /**
   * Throws when anything was recorded.
   *
   * @param what what was read, for example {@code "SLA policy 'mall-ticket'"}
   * @throws ValidationException carrying every problem
   */
  public void throwIfAny(String what) {
    if (!list.isEmpty()) {
      throw new ValidationException(what, list());
    }
  }
}
