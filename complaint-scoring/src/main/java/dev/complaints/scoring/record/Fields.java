package dev.complaints.scoring.record;

import com.fasterxml.jackson.databind.JsonNode;
import dev.complaints.core.json.internal.Problems;
import dev.complaints.core.json.internal.Read;
import dev.complaints.core.json.internal.Reads;
import dev.complaints.core.json.internal.Wording;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Field checks of the records, for the line-by-line fast path (Jackson binds the fields, these check them): each
 * reports the field it was checking with the wording every JSON format of the library uses (docs/json.md).
 */
final class Fields {
  /**
   * The instants whose local date-time exists at every offset (±18:00), so that the month, the day and the
   * fine window of any of them can be found in any zone: a little less than the years -999999999..999999999.
   */
  static final Instant FIRST_INSTANT = LocalDateTime.MIN.toInstant(ZoneOffset.MIN);

  static final Instant LAST_INSTANT = LocalDateTime.MAX.toInstant(ZoneOffset.MAX);

  private static final Read<Integer> COUNT = Reads.integer(0, Integer.MAX_VALUE);
  private static final Read<Long> LONG_COUNT = Reads.longInteger(0, Long.MAX_VALUE);
  private static final Read<Boolean> BOOLEAN = Reads.bool();

  private Fields() {}

  /**
   * The JSON path of a field of a record, for {@link RecordFormatException}: {@code $.stages[1].leftAt}.
   *
   * @param field the field relative to the record ({@code stages[1].leftAt}, {@code [0].unit}); empty for the
   *     record itself
   * @return the path
   */
  static String path(String field) {
    if (field.isEmpty()) {
      return "$";
    }
    if (field.startsWith("$")) {
      return field;
    }
    return field.startsWith("[") ? "$" + field : "$." + field;
  }

  static <T> T required(T value, String field) {
    if (value == null) {
      throw new FieldException(field, Wording.MISSING);
    }
    return value;
  }

  static String text(String value, String field) {
    required(value, field);
    if (value.isBlank()) {
      throw new FieldException(field, Wording.BLANK);
    }
    return value;
  }

  static @Nullable String optionalText(@Nullable String value, String field) {
    if (value == null) {
      return null;
    }
    return text(value, field);
  }

  static Instant instant(String value, String field) {
    required(value, field);
    Instant instant = IsoText.instant(value);
    if (instant == null) {
      try {
        instant = OffsetDateTime.parse(value).toInstant();
      } catch (DateTimeParseException e) {
        throw new FieldException(field, Wording.mustBe(Wording.INSTANT, Wording.found(value)));
      }
    }
    return inRange(instant, value, field);
  }

  /** The instant, when its local date-time exists at every offset (see {@link #FIRST_INSTANT}). */
  static Instant inRange(Instant instant, String value, String field) {
    if (instant.isBefore(FIRST_INSTANT) || instant.isAfter(LAST_INSTANT)) {
      throw new FieldException(field, Wording.mustBe("an instant between " + FIRST_INSTANT + " and " + LAST_INSTANT
          + ", whose local date exists in every time zone", Wording.found(value)));
    }
    return instant;
  }

  static @Nullable Instant optionalInstant(@Nullable String value, String field) {
    return value == null ? null : instant(value, field);
  }

  static Duration duration(String value, String field) {
    required(value, field);
    Duration d = IsoText.duration(value);
    if (d == null) {
      try {
        d = Duration.parse(value);
      } catch (DateTimeParseException e) {
        d = null;
      }
    }
    if (d == null || d.isNegative()) {
      throw new FieldException(field, Wording.mustBe(Wording.NON_NEGATIVE_DURATION, Wording.found(value)));
    }
    return d;
  }

  static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
    required(value, field);
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new FieldException(field, Wording.oneOf(names(type), Wording.found(value)));
    }
  }

  static <E extends Enum<E>> List<String> names(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
  }

  static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : List.copyOf(values);
  }

  /** A count given in Java: not negative. */
  static int count(int value, String field) {
    if (value < 0) {
      throw new FieldException(field, Wording.mustBe(Wording.integer(0, Integer.MAX_VALUE), "" + value));
    }
    return value;
  }

  /** A count given in JSON: absent is 0; otherwise an integer that is not negative. */
  static int count(JsonNode value, String field) {
    Integer v = read(value, field, COUNT);
    return v == null ? 0 : v;
  }

  /** A count given in JSON that may be left out: absent (or null) is null; otherwise not negative. */
  static @Nullable Integer optionalCount(JsonNode value, String field) {
    return read(value, field, COUNT);
  }

  /** A count of calls given in JSON: required, an integer that is not negative. */
  static long longCount(JsonNode value, String field) {
    return required(read(value, field, LONG_COUNT), field);
  }

  /** A flag given in JSON: absent is false. */
  static boolean flag(JsonNode value, String field) {
    if (value != null && value.isBoolean()) {
      return value.booleanValue(); // the usual case, on the fast path of every ticket line
    }
    Boolean v = read(value, field, BOOLEAN);
    return v != null && v;
  }

  /** A value read with the shared reader; null when absent; its problem becomes a {@link FieldException}. */
  private static <T> T read(JsonNode value, String field, Read<T> read) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return null;
    }
    Problems problems = new Problems();
    T v = read.read(value, field, problems);
    if (v == null) {
      throw new FieldException(field, problems.list().get(0).message());
    }
    return v;
  }
}
