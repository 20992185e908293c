package dev.complaints.core.internal;

import java.util.Collection;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Argument checks shared by the public entry points. Not API. */
public final class Checks {
  private Checks() {}

  /**
   * Requires a non-null value.
   *
   * @param value the value
   * @param name the field name used in the message
   * @param <T> the type
   * @return the value
   */
  public static <T> T notNull(@Nullable T value, String name) {
    if (value == null) {
      throw new NullPointerException(name + " must not be null");
    }
    return value;
  }

  /**
   * Requires a non-null, non-blank string.
   *
   * @param value the value
   * @param name the field name used in the message
   * @return the value
   */
  public static String notBlank(@Nullable String value, String name) {
    if (value == null) {
      throw new NullPointerException(name + " must not be null");
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /**
   * Requires null or a non-blank string.
   *
   * @param value the value
   * @param name the field name used in the message
   * @return the value
   */
  public static @Nullable String nullOrNotBlank(@Nullable String value, String name) {
    if (value != null && value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank when given");
    }
    return value;
  }

  /**
   * Requires a collection without null elements.
   *
   * @param values the collection
   * @param name the field name used in the message
   * @param <C> the collection type
   * @return the collection
   */
  public static <C extends Collection<?>> C noNulls(@Nullable C values, String name) {
    notNull(values, name);
    for (Object v : values) {
      if (Objects.isNull(v)) {
        throw new NullPointerException(name + " must not contain null");
      }
    }
    return values;
  }
}
