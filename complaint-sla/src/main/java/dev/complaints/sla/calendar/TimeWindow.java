package dev.complaints.sla.calendar;

import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One open window of a date, in local time, half-open {@code [start, end)}.
 *
 * <p>The window belongs to the date it is listed under. When {@code end <= start} it runs past midnight
 * and ends on the next date; {@code 00:00-24:00} is a whole day. Times are seconds of the day: start in
 * {@code [0, 86400)}, end in {@code [0, 86400]} (86400 is 24:00).
 *
 * @param startSecond start, seconds after local midnight of the window's date
 * @param endSecond end, seconds after local midnight (of the next date when {@code endSecond <= startSecond})
 */
public record TimeWindow(int startSecond, int endSecond) implements Comparable<TimeWindow> {

  /** Seconds in a nominal day. */
  public static final int DAY = 86_400;

  /** What a window is, in the wording of the JSON formats: {@code must be <FORM> (found …)}. */
  static final String FORM = "a window HH:MM-HH:MM such as 09:00-18:00, 22:00-02:00 or 00:00-24:00";

  private static final Pattern FORMAT =
      Pattern.compile("(\\d{2}):(\\d{2})(?::(\\d{2}))?-(\\d{2}):(\\d{2})(?::(\\d{2}))?");

  /**
   * Creates a window.
   *
   * @param startSecond start, in {@code [0, 86400)}
   * @param endSecond end, in {@code [0, 86400]}
   * @throws IllegalArgumentException when a bound is out of range
   */
  public TimeWindow {
    if (startSecond < 0 || startSecond >= DAY) {
      throw new IllegalArgumentException("window start must be within 00:00..23:59:59, got second " + startSecond);
    }
    if (endSecond < 0 || endSecond > DAY) {
      throw new IllegalArgumentException("window end must be within 00:00..24:00, got second " + endSecond);
    }
  }

  /**
   * A window from local times; use {@link #untilMidnight(LocalTime)} for a window ending at 24:00.
   *
   * @param start start time
   * @param end end time; at or before {@code start} means the next date
   * @return the window
   */
  public static TimeWindow of(LocalTime start, LocalTime end) {
    return new TimeWindow(start.toSecondOfDay(), end.toSecondOfDay());
  }

  /**
   * A window from {@code start} to 24:00 of the same date.
   *
   * @param start start time
   * @return the window
   */
  public static TimeWindow untilMidnight(LocalTime start) {
    return new TimeWindow(start.toSecondOfDay(), DAY);
  }

  /**
   * The whole day, {@code 00:00-24:00}.
   *
   * @return the window
   */
  public static TimeWindow wholeDay() {
    return new TimeWindow(0, DAY);
  }

  /**
   * Parses {@code HH:MM-HH:MM} (seconds optional, {@code HH:MM:SS}); the end may be {@code 24:00}.
   *
   * @param text the window text
   * @return the window
   * @throws IllegalArgumentException saying what is allowed and what was found, in the wording of the JSON
   *     formats: {@code must be a window HH:MM-HH:MM such as 09:00-18:00, … (found "9-5")}
   */
  public static TimeWindow parse(String text) {
    Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("must be " + FORM + " (found " + found(text) + ")");
    }
    int start = seconds(text, m.group(1), m.group(2), m.group(3), false);
    int end = seconds(text, m.group(4), m.group(5), m.group(6), true);
    return new TimeWindow(start, end);
  }

  private static int seconds(String text, String h, String min, String s, boolean end) {
    int hh = Integer.parseInt(h);
    int mm = Integer.parseInt(min);
    int ss = s == null ? 0 : Integer.parseInt(s);
    if (mm > 59 || ss > 59 || hh > 24 || (hh == 24 && (mm != 0 || ss != 0)) || (hh == 24 && !end)) {
      throw new IllegalArgumentException("must be a window whose " + (end ? "end" : "start") + " has hours 00-23,"
          + " minutes and seconds 00-59, and 24:00 only as an end (found " + found(text) + ")");
    }
    return hh * 3600 + mm * 60 + ss;
  }

  /** The text as a JSON string, as problems show what they found (a long text cut). */
  private static String found(String text) {
    if (text == null) {
      return "null";
    }
    return TextNode.valueOf(text.length() <= 60 ? text : text.substring(0, 60) + "…").toString();
  }

  /**
   * Whether the window runs past midnight into the next date ({@code end <= start}).
   *
   * @return true when it ends on the next date
   */
  public boolean crossesMidnight() {
    return endSecond <= startSecond;
  }

  /**
   * The end as seconds after midnight of the window's own date (above 86400 when it crosses midnight).
   *
   * @return the end offset
   */
  public int endOffset() {
    return crossesMidnight() ? endSecond + DAY : endSecond;
  }

  /**
   * Nominal length in local time (ignoring DST).
   *
   * @return seconds
   */
  public int nominalSeconds() {
    return endOffset() - startSecond;
  }

  /**
   * Start as a local time.
   *
   * @return the start time
   */
  public LocalTime start() {
    return LocalTime.ofSecondOfDay(startSecond);
  }

  @Override
  public int compareTo(TimeWindow o) {
    int c = Integer.compare(startSecond, o.startSecond);
    return c != 0 ? c : Integer.compare(endOffset(), o.endOffset());
  }

  /**
   * The window in the file format, for example {@code 09:00-18:00} or {@code 22:00-24:00}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return format(startSecond) + "-" + format(endSecond);
  }

  private static String format(int s) {
    int h = s / 3600;
    int m = s / 60 % 60;
    int sec = s % 60;
    return sec == 0 ? String.format("%02d:%02d", h, m) : String.format("%02d:%02d:%02d", h, m, sec);
  }
}
