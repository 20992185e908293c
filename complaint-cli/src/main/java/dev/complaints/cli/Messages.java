package dev.complaints.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps error messages short: a value given on the command line or in a file is echoed with at most
 * {@link #MAX_VALUE_CHARS} characters, then {@code … (N characters)}.
 */
final class Messages {
  /** The most characters of one value shown in a message. */
  static final int MAX_VALUE_CHARS = 80;
  /** A quoted value longer than the limit. */
  private static final Pattern QUOTED = Pattern.compile("'([^'\\r\\n]{" + (MAX_VALUE_CHARS + 1) + ",})'");
  /** The longest run without spaces left whole in a message. */
  static final int MAX_RUN_CHARS = 200;
  /** A run without spaces (an unquoted value or path) longer than {@link #MAX_RUN_CHARS}. */
  private static final Pattern RUN = Pattern.compile("\\S{" + (MAX_RUN_CHARS + 1) + ",}");

  private Messages() {}

  /**
   * A value as shown in a message: itself when short, else its first {@value #MAX_VALUE_CHARS} characters and
   * how long it is.
   *
   * @param value the value
   * @return the value to show
   */
  static String cut(String value) {
    if (value == null || value.length() <= MAX_VALUE_CHARS) {
      return value;
    }
    int end = MAX_VALUE_CHARS;
    if (Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(0, end) + "… (" + value.length() + " characters)";
  }

  /**
   * A message with every long run without spaces (a value or a path of more than {@value #MAX_RUN_CHARS}
   * characters) cut as by {@link #cut}: the last guard of every error line, behind the values cut where the
   * messages are made.
   *
   * @param message the message
   * @return the message to print
   */
  static String shorten(String message) {
    if (message == null || message.length() <= MAX_RUN_CHARS) {
      return message;
    }
    Matcher r = RUN.matcher(message);
    StringBuilder out = new StringBuilder();
    while (r.find()) {
      r.appendReplacement(out, Matcher.quoteReplacement(cut(r.group())));
    }
    r.appendTail(out);
    return out.toString();
  }

  /**
   * A message of the command-line parser, whose values are quoted ({@code Invalid value for option '--x':
   * 'VALUE' is not an int}): every quoted value longer than the limit is cut, then as {@link #shorten}.
   *
   * @param message the message
   * @return the message to print
   */
  static String shortenQuoted(String message) {
    if (message == null || message.length() <= MAX_VALUE_CHARS) {
      return message;
    }
    Matcher q = QUOTED.matcher(message);
    StringBuilder sb = new StringBuilder();
    while (q.find()) {
      q.appendReplacement(sb, Matcher.quoteReplacement("'" + cut(q.group(1)) + "'"));
    }
    q.appendTail(sb);
    return shorten(sb.toString());
  }
}
