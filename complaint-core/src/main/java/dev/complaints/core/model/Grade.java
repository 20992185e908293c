package dev.complaints.core.model;

import java.util.Locale;
import java.util.Objects;

/**
 * Severity grade of a complaint (定级), ordered from least to most severe:
 * {@code GENERAL < SERIOUS < MAJOR < CRITICAL} (一般 / 较大 / 重大 / 特别重大).
 *
 * <p>The natural order of the constants is the severity order, so {@link #compareTo} and
 * {@link #isAtLeast(Grade)} can be used to compare grades.
 */
public enum Grade {
  /** 一般: ordinary complaint. */
  GENERAL,
  /** 较大: serious complaint. */
  SERIOUS,
  /** 重大: major complaint. */
  MAJOR,
  /** 特别重大: critical complaint. */
  CRITICAL;

  /**
   * Whether this grade is as severe as or more severe than {@code other}.
   *
   * @param other the grade to compare with, not null
   * @return true when {@code this >= other} in severity order
   */
  public boolean isAtLeast(Grade other) {
    return compareTo(Objects.requireNonNull(other, "other grade")) >= 0;
  }

  /**
   * Parses a grade code, case-insensitively.
   *
   * @param code the code, for example {@code "GENERAL"}
   * @return the grade
   * @throws IllegalArgumentException naming the code and the allowed codes when it is unknown or blank
   */
  public static Grade parse(String code) {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("grade code is blank; allowed: GENERAL, SERIOUS, MAJOR, CRITICAL");
    }
    try {
      return valueOf(code.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown grade code '" + code + "'; allowed: GENERAL, SERIOUS, MAJOR, CRITICAL", e);
    }
  }
}
