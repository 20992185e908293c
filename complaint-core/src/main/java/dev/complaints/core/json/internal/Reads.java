package dev.complaints.core.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The readers of the JSON types, each recording its problems in the wording of {@link Wording}. */
public final class Reads {
  private Reads() {}

  /**
   * A string that is not blank.
   *
   * @return the reader
   */
  public static Read<String> string() {
    return (node, path, problems) -> {
      if (!node.isTextual()) {
        problems.add(path, Wording.mustBe(Wording.STRING, node));
        return null;
      }
      if (node.textValue().isBlank()) {
        problems.add(path, Wording.BLANK);
        return null;
      }
      return node.textValue();
    };
  }

  /**
   * {@code true} or {@code false}.
   *
   * @return the reader
   */
  public static Read<Boolean> bool() {
    return (node, path, problems) -> {
      if (!node.isBoolean()) {
        problems.add(path, Wording.mustBe(Wording.BOOLEAN, node));
        return null;
      }
      return node.booleanValue();
    };
  }

  /**
   * An integer (no fraction, not a string) within bounds.
   *
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @return the reader
   */
  public static Read<Integer> integer(int min, int max) {
    Read<Long> l = longInteger(min, max);
    return (node, path, problems) -> {
      Long v = l.read(node, path, problems);
      return v == null ? null : v.intValue();
    };
  }

  /**
   * Any {@code int}.
   *
   * @return the reader
   */
  public static Read<Integer> integer() {
    return integer(Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  /**
   * An integer (no fraction, not a string) within bounds.
   *
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @return the reader
   */
  public static Read<Long> longInteger(long min, long max) {
    return (node, path, problems) -> {
      if (!node.isIntegralNumber()) {
        problems.add(path, Wording.mustBe(Wording.integer(min, max), node));
        return null;
      }
      BigInteger v = node.bigIntegerValue();
      if (v.compareTo(BigInteger.valueOf(max)) > 0) {
        // past the end of the Java type the bound is named, although the description leaves it out
        boolean minNamed = min != Long.MIN_VALUE && min != Integer.MIN_VALUE;
        boolean maxNamed = max != Long.MAX_VALUE && max != Integer.MAX_VALUE;
        String expected = maxNamed ? Wording.integer(min, max)
            : minNamed ? "an integer between " + min + " and " + max : "an integer of at most " + max;
        problems.add(path, Wording.mustBe(expected, node));
        return null;
      }
      if (v.compareTo(BigInteger.valueOf(min)) < 0) {
        problems.add(path, Wording.mustBe(Wording.integer(min, max), node));
        return null;
      }
      return v.longValue();
    };
  }

  /**
   * A number, with or without a fraction, within bounds; read exactly (the text {@code 0.1} is the decimal 0.1).
   *
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @return the reader
   */
  public static Read<BigDecimal> decimal(BigDecimal min, BigDecimal max) {
    return (node, path, problems) -> {
      String expected = Wording.number(min, max);
      if (!node.isNumber()) {
        problems.add(path, Wording.mustBe(expected, node));
        return null;
      }
      if (node.isFloatingPointNumber() && !node.isBigDecimal() && !Double.isFinite(node.doubleValue())) {
        // a tree read without exact decimals holds 1e400 as an infinite double
        problems.add(path, Wording.mustBe(expected, Wording.number(Double.toString(node.doubleValue()))));
        return null;
      }
      BigDecimal v = node.isBigDecimal() || node.isIntegralNumber() ? node.decimalValue()
          : new BigDecimal(node.asText());
      if (v.compareTo(min) < 0 || v.compareTo(max) > 0) {
        problems.add(path, Wording.mustBe(expected, node));
        return null;
      }
      return v;
    };
  }

  /**
   * The name of a constant of an enum.
   *
   * @param type the enum
   * @param <E> the enum
   * @return the reader
   */
  public static <E extends Enum<E>> Read<E> enumByName(Class<E> type) {
    Map<String, E> names = new LinkedHashMap<>();
    for (E e : type.getEnumConstants()) {
      names.put(e.name(), e);
    }
    return oneOf(names);
  }

  /**
   * One of a fixed set of names (kinds, codes).
   *
   * @param allowed name to value, in the order the problem lists them
   * @param <T> the value
   * @return the reader
   */
  public static <T> Read<T> oneOf(Map<String, T> allowed) {
    Map<String, T> copy = new LinkedHashMap<>(allowed);
    return (node, path, problems) -> {
      T value = node.isTextual() ? copy.get(node.textValue()) : null;
      if (value == null) {
        problems.add(path, Wording.oneOf(copy.keySet(), Wording.found(node)));
      }
      return value;
    };
  }

  /**
   * An ISO-8601 duration such as {@code PT4H}.
   *
   * @return the reader
   */
  public static Read<Duration> duration() {
    return parsed(Wording.DURATION, Duration::parse);
  }

  /**
   * A positive ISO-8601 duration.
   *
   * @return the reader
   */
  public static Read<Duration> positiveDuration() {
    return parsed(Wording.POSITIVE_DURATION, text -> {
      Duration d = Duration.parse(text);
      if (d.isNegative() || d.isZero()) {
        throw new DateTimeException("not positive");
      }
      return d;
    });
  }

  /**
   * An ISO date such as {@code 2026-10-01}.
   *
   * @return the reader
   */
  public static Read<LocalDate> date() {
    return parsed(Wording.DATE, LocalDate::parse);
  }

  /**
   * A local time such as {@code 09:30}.
   *
   * @return the reader
   */
  public static Read<LocalTime> time() {
    return parsed(Wording.TIME, LocalTime::parse);
  }

  /**
   * An instant with its offset, such as {@code 2026-10-03T19:10:00+08:00}.
   *
   * @return the reader
   */
  public static Read<Instant> instant() {
    return parsed(Wording.INSTANT, text -> OffsetDateTime.parse(text).toInstant());
  }

  /**
   * A month such as {@code 2026-10}.
   *
   * @return the reader
   */
  public static Read<YearMonth> month() {
    return parsed(Wording.MONTH, YearMonth::parse);
  }

  /**
   * A time-zone region id such as {@code Asia/Shanghai}.
   *
   * @return the reader
   */
  public static Read<ZoneId> zone() {
    return parsed(Wording.ZONE, ZoneId::of);
  }

  /**
   * A string parsed by a function that throws {@link DateTimeException} or {@link IllegalArgumentException}
   * for text it does not accept.
   *
   * @param expected what is required, in words ({@link Wording#DATE} …)
   * @param parse the parser
   * @param <T> the value
   * @return the reader
   */
  public static <T> Read<T> parsed(String expected, Function<String, T> parse) {
    return (node, path, problems) -> {
      if (node.isTextual()) {
        try {
          return parse.apply(node.textValue());
        } catch (DateTimeException | IllegalArgumentException e) {
          // reported below
        }
      }
      problems.add(path, Wording.mustBe(expected, node));
      return null;
    };
  }

  /**
   * Whether a string would be accepted by {@link #parsed}, for values that are not JSON (object keys).
   *
   * @param text the text
   * @param parse the parser
   * @param <T> the value
   * @return the value, or null when the text is not accepted
   */
  public static <T> T parseOrNull(String text, Function<String, T> parse) {
    try {
      return parse.apply(text);
    } catch (DateTimeException | IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * An array.
   *
   * @return the reader of the array node itself
   */
  public static Read<JsonNode> array() {
    return (node, path, problems) -> {
      if (!node.isArray()) {
        problems.add(path, Wording.mustBe(Wording.ARRAY, node));
        return null;
      }
      return node;
    };
  }

  /**
   * An array whose elements are read with {@code element}; every element is read, so that each bad one is
   * reported.
   *
   * @param element how to read an element (a JSON null element is read by it too)
   * @param <T> the element
   * @return the reader: the elements, or null when the value is not an array or an element is unusable
   */
  public static <T> Read<List<T>> arrayOf(Read<T> element) {
    return (node, path, problems) -> {
      if (!node.isArray()) {
        problems.add(path, Wording.mustBe(Wording.ARRAY, node));
        return null;
      }
      boolean usable = true;
      List<T> out = new ArrayList<>(node.size());
      for (int i = 0; i < node.size(); i++) {
        T t = element.read(node.get(i), JsonPaths.index(path, i), problems);
        if (t == null) {
          usable = false;
        } else {
          out.add(t);
        }
      }
      return usable ? out : null;
    };
  }

  /**
   * Like {@link #arrayOf(Read)}, for an array that must have at least one element.
   *
   * @param element how to read an element
   * @param <T> the element
   * @return the reader
   */
  public static <T> Read<List<T>> nonEmptyArrayOf(Read<T> element) {
    Read<List<T>> all = arrayOf(element);
    return (node, path, problems) -> {
      if (node.isArray() && node.isEmpty()) {
        problems.add(path, Wording.EMPTY);
        return null;
      }
      return all.read(node, path, problems);
    };
  }

  /**
   * An object with a fixed set of fields, read by {@code body}; fields outside {@code allowed} are reported as
   * unknown.
   *
   * @param allowed the fields of the object, in the format's order
   * @param body reads the fields; returns null when they are not usable
   * @param <T> the value
   * @return the reader
   */
  public static <T> Read<T> object(List<String> allowed, Function<ObjectFields, T> body) {
    return (node, path, problems) -> {
      ObjectFields o = ObjectFields.of(node, path, problems, allowed);
      return o == null ? null : body.apply(o);
    };
  }

  /**
   * The allowed fields of an object keyed by the constants of an enum.
   *
   * @param type the enum
   * @return the constants' names, in order
   */
  public static List<String> names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
  }
}
