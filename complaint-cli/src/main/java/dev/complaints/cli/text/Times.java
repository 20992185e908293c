package dev.complaints.cli.text;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one format of instants in the tool's human output: the local date and time with its offset in the zone
 * of the calendar or unit concerned, {@code 2026-11-03 14:05 +08:00}; seconds are added only when they are not
 * zero ({@code 2026-11-03 14:05:30 +08:00}). JSON output keeps ISO-8601 instants.
 */
public final class Times {
  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm xxx", Locale.ROOT);
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss xxx", Locale.ROOT);
  /** An ISO-8601 instant with an offset or Z, as {@code Instant} and {@code OffsetDateTime} print them. */
  private static final Pattern ISO_INSTANT = Pattern.compile(
      "(?<![\\w:.+'-])(?<!e\\.g\\. )[+-]?\\d{4,9}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:\\d{2})(?![\\w:'])");

  private Times() {}

  /**
   * An instant for people, in a zone.
   *
   * @param instant the instant
   * @param zone the zone of the calendar or unit it belongs to
   * @return for example {@code 2026-11-03 14:05 +08:00}
   */
  public static String format(Instant instant, ZoneId zone) {
    ZonedDateTime local = instant.atZone(zone);
    return (local.getSecond() == 0 && local.getNano() == 0 ? MINUTES : SECONDS).format(local);
  }

  /**
   * A message with every ISO-8601 instant in it (for example one of a library's exception messages) written in
   * the format of {@link #format}. Instants in quotes (a value as the user gave it), examples of the input format
   * ({@code e.g. 2026-10-03T19:30:00+08:00}) and instants that cannot be shown in the zone are left as they are.
   *
   * @param message the message, may be null
   * @param zone the zone to show the instants in
   * @return the message
   */
  public static String humanize(String message, ZoneId zone) {
    if (message == null) {
      return null;
    }
    Matcher m = ISO_INSTANT.matcher(message);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String shown;
      try {
        shown = format(OffsetDateTime.parse(m.group()).toInstant(), zone);
      } catch (DateTimeException e) { // not an instant, or not one the zone can show
        shown = m.group();
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(shown));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
