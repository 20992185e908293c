package dev.complaints.core.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.Collection;

/**
 * The wording of every problem a JSON format reports, the same in every format (docs/json.md): a message never
 * names its path (the problem carries it), starts in lower case, states what is required as {@code must …} and
 * adds details in parentheses: what was found, as JSON ({@code (found "x")}, {@code (found 1.5)},
 * {@code (found an array)}), or what is allowed ({@code (allowed: a, b)}).
 */
public final class Wording {
  /** A required field is absent or null. */
  public static final String MISSING = "missing required field";
  /** A key is given twice in one object. */
  public static final String DUPLICATE_KEY = "duplicate key";
  /** A string is empty or only white space. */
  public static final String BLANK = "must not be blank";
  /** An array or object that needs entries has none. */
  public static final String EMPTY = "must not be empty";

  /** Expected value: a string. */
  public static final String STRING = "a string";
  /** Expected value: a boolean. */
  public static final String BOOLEAN = "true or false";
  /** Expected value: an array. */
  public static final String ARRAY = "an array";
  /** Expected value: an object. */
  public static final String OBJECT = "an object";
  /** Expected value: a number. */
  public static final String NUMBER = "a number";
  /** Expected value: an ISO-8601 duration. */
  public static final String DURATION = "an ISO-8601 duration such as PT4H";
  /** Expected value: a positive ISO-8601 duration. */
  public static final String POSITIVE_DURATION = "a positive ISO-8601 duration such as PT4H";
  /** Expected value: an ISO-8601 duration that is not negative. */
  public static final String NON_NEGATIVE_DURATION = "a non-negative ISO-8601 duration such as PT12H";
  /** Expected value: an ISO date. */
  public static final String DATE = "an ISO date such as 2026-10-01";
  /** Expected value: a local time. */
  public static final String TIME = "a time such as 09:30 or 09:30:15";
  /** Expected value: an instant with its offset. */
  public static final String INSTANT = "an ISO-8601 instant with offset such as 2026-10-03T19:10:00+08:00";
  /** Expected value: a time-zone region id. */
  public static final String ZONE = "a time zone id such as Asia/Shanghai";
  /** Expected value: a month. */
  public static final String MONTH = "a month such as 2026-10";

  /** Longest string shown whole in {@code (found …)}. */
  private static final int SHOWN_CHARS = 60;
  /** Longest number shown whole in {@code (found …)}. */
  private static final int SHOWN_DIGITS = 40;

  private Wording() {}

  /**
   * A field the format does not have.
   *
   * @param allowed the fields of the object, in the format's order
   * @return {@code unknown field (allowed: a, b, c)}
   */
  public static String unknownField(Collection<String> allowed) {
    return "unknown field (allowed: " + String.join(", ", allowed) + ")";
  }

  /**
   * Text that is not one JSON value.
   *
   * @param reason what the parser says, with the line and column
   * @return {@code not valid JSON: reason}
   */
  public static String notJson(String reason) {
    return "not valid JSON: " + reason;
  }

  /**
   * A value of the wrong type or form.
   *
   * @param expected what is required, for example {@link #STRING} or {@link #integer(long, long)}
   * @param found the value found, rendered with {@link #found(JsonNode)} or {@link #found(String)}
   * @return {@code must be <expected> (found <found>)}
   */
  public static String mustBe(String expected, String found) {
    return "must be " + expected + " (found " + found + ")";
  }

  /**
   * A value of the wrong type or form.
   *
   * @param expected what is required
   * @param found the JSON value found
   * @return {@code must be <expected> (found <found>)}
   */
  public static String mustBe(String expected, JsonNode found) {
    return mustBe(expected, found(found));
  }

  /**
   * A name that is not one of a fixed set (an enum, a kind).
   *
   * @param allowed the allowed names, in order
   * @param found the value found, rendered with {@link #found(JsonNode)} or {@link #found(String)}
   * @return {@code must be one of: A, B (found "X")}
   */
  public static String oneOf(Collection<String> allowed, String found) {
    return "must be one of: " + String.join(", ", allowed) + " (found " + found + ")";
  }

  /**
   * A name that refers to something declared elsewhere (a node, a role, a calendar, an item) but to nothing
   * declared.
   *
   * @param kind what the name refers to, for example {@code node}
   * @param name the name given
   * @param allowed the declared names
   * @return {@code unknown node 'X' (allowed: A, B)}
   */
  public static String unknown(String kind, String name, Collection<String> allowed) {
    return "unknown " + kind + " '" + name + "' (allowed: " + String.join(", ", allowed) + ")";
  }

  /**
   * A name that must be unique and is given again.
   *
   * @param kind what is named, for example {@code node name}
   * @param name the name
   * @param firstPath the path where it was given first
   * @return {@code duplicate node name 'A' (also at $.nodes[0])}
   */
  public static String duplicate(String kind, String name, String firstPath) {
    return "duplicate " + kind + " '" + name + "' (also at " + firstPath + ")";
  }

  /**
   * An integer within bounds, in words. A bound at the end of the Java type ({@link Long#MIN_VALUE},
   * {@link Integer#MAX_VALUE} …) is not named.
   *
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @return {@code an integer between 0 and 100}, {@code an integer of at least 1} or {@code an integer}
   */
  public static String integer(long min, long max) {
    boolean lower = min != Long.MIN_VALUE && min != Integer.MIN_VALUE;
    boolean upper = max != Long.MAX_VALUE && max != Integer.MAX_VALUE;
    if (lower && upper) {
      return "an integer between " + min + " and " + max;
    }
    if (lower) {
      return "an integer of at least " + min;
    }
    return upper ? "an integer of at most " + max : "an integer";
  }

  /**
   * A number within bounds, in words.
   *
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @return {@code a number between 0 and 1000}
   */
  public static String number(BigDecimal min, BigDecimal max) {
    return "a number between " + min.toPlainString() + " and " + max.toPlainString();
  }

  /**
   * A JSON value as a problem shows it: strings in double quotes (a long one cut), numbers as written (a very
   * long one by its length), {@code true}, {@code false}, {@code null}, {@code an array}, {@code an object}.
   *
   * @param node the value, or null for none
   * @return the rendering
   */
  public static String found(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    if (node.isNull()) {
      return "null";
    }
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "an array";
    }
    if (node.isTextual()) {
      return found(node.textValue());
    }
    if (node.isNumber()) {
      return number(node.isBigDecimal() ? node.decimalValue().toString() : node.asText());
    }
    return node.asText();
  }

  /**
   * A string value as a problem shows it: in double quotes, as in JSON, cut after 60 characters.
   *
   * @param text the string
   * @return the rendering
   */
  public static String found(String text) {
    String shown = text.length() <= SHOWN_CHARS ? text : text.substring(0, SHOWN_CHARS) + "…";
    return TextNode.valueOf(shown).toString();
  }

  /**
   * A number as a problem shows it: as written, or by its length when longer than 40 characters.
   *
   * @param text the number as text
   * @return the rendering
   */
  public static String number(String text) {
    return text.length() <= SHOWN_DIGITS ? text : "a number of " + text.length() + " digits";
  }
}
