package dev.complaints.core.model;

import dev.complaints.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The grades a deployment uses, in ascending severity. The default is all four grades,
 * {@code GENERAL < SERIOUS < MAJOR < CRITICAL}; a deployment may use fewer (for example only GENERAL and MAJOR).
 * Escalation moves a complaint to the next grade of the scale.
 *
 * @param grades the grades in use, ascending, at least one, no duplicates
 */
public record GradeScale(List<Grade> grades) {

  /** The default scale: every grade. */
  public static final GradeScale DEFAULT = new GradeScale(List.of(Grade.values()));

  /**
   * Creates a scale.
   *
   * @param grades the grades, ascending in severity, at least one, no duplicates
   */
  public GradeScale {
    Checks.noNulls(grades, "grade scale grades");
    if (grades.isEmpty()) {
      throw new IllegalArgumentException("a grade scale needs at least one grade");
    }
    for (int i = 1; i < grades.size(); i++) {
      if (grades.get(i).compareTo(grades.get(i - 1)) <= 0) {
        throw new IllegalArgumentException(
            "grade scale must list grades once each in ascending severity, got " + grades);
      }
    }
    grades = List.copyOf(grades);
  }

  /**
   * A scale of the given grades.
   *
   * @param grades ascending grades
   * @return the scale
   */
  public static GradeScale of(Grade... grades) {
    return new GradeScale(List.of(grades));
  }

  /**
   * Whether the grade belongs to this scale.
   *
   * @param grade the grade
   * @return true when it is in the scale
   */
  public boolean contains(Grade grade) {
    return grades.contains(grade);
  }

  /**
   * Parses a grade code and checks that it is in this scale.
   *
   * @param code the code, case-insensitive
   * @return the grade
   * @throws IllegalArgumentException naming the code and the allowed codes
   */
  public Grade parse(String code) {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("grade code is blank; allowed: " + allowed());
    }
    for (Grade g : grades) {
      if (g.name().equals(code.trim().toUpperCase(Locale.ROOT))) {
        return g;
      }
    }
    throw new IllegalArgumentException("unknown grade code '" + code + "'; allowed: " + allowed());
  }

  /**
   * The next more severe grade of the scale, used by escalation.
   *
   * @param grade the current grade, or null for an ungraded complaint (gives the lowest grade)
   * @return the next grade, empty when {@code grade} is the highest of the scale
   */
  public Optional<Grade> next(@Nullable Grade grade) {
    if (grade == null) {
      return Optional.of(grades.get(0));
    }
    List<Grade> higher = new ArrayList<>();
    for (Grade g : grades) {
      if (g.compareTo(grade) > 0) {
        higher.add(g);
      }
    }
    return higher.stream().findFirst();
  }

  /**
   * The allowed codes, for messages.
   *
   * @return for example {@code "GENERAL, SERIOUS, MAJOR, CRITICAL"}
   */
  public String allowed() {
    return grades.stream().map(Grade::name).collect(Collectors.joining(", "));
  }
}
