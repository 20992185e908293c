package dev.complaints.scoring.record;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Parsing helpers that report the field they were parsing. */
final class Fields {
  /**
   * The instants whose local date-time exists at every offset (±18:00), so that the month, the day and the
   * fine window of any of them can be found in any zone: a little less than the years -999999999..999999999.
   */
  static final Instant FIRST_INSTANT = LocalDateTime.MIN.toInstant(ZoneOffset.MIN);

  static final Instant LAST_INSTANT = LocalDateTime.MAX.toInstant(ZoneOffset.MAX);

  private Fields() {}

  static <T> T required(T value, String field) {
    if (value == null) {
      throw new FieldException(field, "is required");
    }
    return value;
  }

  static String text(String value, String field) {
    required(value, field);
    if (value.isBlank()) {
      throw new FieldException(field, "must not be blank");
    }
    return value;
  }

  static Optional<String> optionalText(String value, String field) {
    if (value == null) {
      return Optional.empty();
    }
    return Optional.of(text(value, field));
  }

  static Instant instant(String value, String field) {
    required(value, field);
    Instant instant;
    try {
      instant = OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw new FieldException(
          field, "'" + value + "' is not an ISO-8601 instant with offset (e.g. 2026-10-03T19:10:00+08:00)");
    }
    if (instant.isBefore(FIRST_INSTANT) || instant.isAfter(LAST_INSTANT)) {
      throw new FieldException(
          field, "'" + value + "' is out of range: allowed are " + FIRST_INSTANT + " .. " + LAST_INSTANT
              + " (its local date must exist in every time zone)");
    }
    return instant;
  }

  static Optional<Instant> optionalInstant(String value, String field) {
    return value == null ? Optional.empty() : Optional.of(instant(value, field));
  }

  static Duration duration(String value, String field) {
    required(value, field);
    Duration d;
    try {
      d = Duration.parse(value);
    } catch (DateTimeParseException e) {
      throw new FieldException(field, "'" + value + "' is not an ISO-8601 duration (e.g. PT12H)");
    }
    if (d.isNegative()) {
      throw new FieldException(field, "'" + value + "' must not be negative");
    }
    return d;
  }

  static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
    required(value, field);
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new FieldException(field, "unknown value '" + value + "'; allowed: " + allowed(type));
    }
  }

  static <E extends Enum<E>> String allowed(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }

  static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : List.copyOf(values);
  }

  static int count(Integer value, String field) {
    if (value == null) {
      return 0;
    }
    if (value < 0) {
      throw new FieldException(field, "must not be negative, was " + value);
    }
    return value;
  }
}
