package dev.complaints.sla.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.core.json.Json;
import dev.complaints.core.json.internal.JsonFormat;
import dev.complaints.core.validation.Problem;
import dev.complaints.core.validation.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The JSON form of {@link BusinessCalendar}s, with the same entry points as every format of the library
 * (docs/json.md), and the bundled presets.
 *
 * <p>{@link #read(String)} and {@link #read(JsonNode)} return the calendar or throw a {@link ValidationException}
 * listing every problem with its JSON path, {@link #problems(JsonNode)} returns the problems,
 * {@link #toJson(BusinessCalendar)} writes the tree and {@link #toJsonString(BusinessCalendar)} its indented
 * text. The file format (docs/sla.md):
 *
 * <pre>{@code
 * {
 *   "id": "mall-hours",
 *   "zone": "Asia/Shanghai",
 *   "weekly": { "MONDAY": ["10:00-20:00"], "SUNDAY": ["10:00-20:00"] },
 *   "exceptions": { "2026-10-01": [], "2026-09-20": ["09:00-18:00"] }
 * }
 * }</pre>
 *
 * <p>A calendar limited to the years of a holiday dataset also has
 * {@code "covered": {"from": "2024-01-01", "to": "2026-12-31"}} and, when the weekly rule is to apply
 * outside those years, {@code "weeklyRuleForUnknownYears": true}.
 */
public final class BusinessCalendars {
  private static final String RESOURCE = "/dev/complaints/sla/calendar/holiday-calendar-cn/";
  private static final int[] CN_YEARS = {2024, 2025, 2026};
  private static final ObjectMapper MAPPER = Json.mapper();

  private BusinessCalendars() {}

  /**
   * Reads a calendar from JSON text.
   *
   * @param json the text
   * @return the calendar
   * @throws ValidationException listing every problem with its JSON path; text that is not JSON is one problem
   *     at the path where reading stopped, with the line and column
   */
  public static BusinessCalendar read(String json) {
    return CalendarJson.FORMAT.read(json);
  }

  /**
   * Reads a calendar from a JSON tree.
   *
   * @param json the tree
   * @return the calendar
   * @throws ValidationException listing every problem with its JSON path
   */
  public static BusinessCalendar read(JsonNode json) {
    return CalendarJson.FORMAT.read(json);
  }

  /**
   * Every problem of a calendar given as a JSON tree.
   *
   * @param json the tree
   * @return the problems; empty when the calendar is valid
   */
  public static List<Problem> problems(JsonNode json) {
    return CalendarJson.FORMAT.problems(json);
  }

  /**
   * Writes a calendar in the file format; {@link #read(JsonNode)} gives an equal calendar back.
   *
   * @param calendar the calendar
   * @return the JSON tree
   */
  public static ObjectNode toJson(BusinessCalendar calendar) {
    return CalendarJson.write(Objects.requireNonNull(calendar, "calendar"));
  }

  /**
   * Writes a calendar as indented JSON text; {@link #read(String)} gives an equal calendar back.
   *
   * @param calendar the calendar
   * @return the JSON text
   */
  public static String toJsonString(BusinessCalendar calendar) {
    return JsonFormat.toJsonString(toJson(calendar));
  }

  /**
   * The mall business-hours calendar of the {@code mall-ticket} policy: id {@code mall-hours},
   * Asia/Shanghai, open 10:00–20:00 on every date, holidays included (the mall is open).
   *
   * @return the calendar
   */
  public static BusinessCalendar mallHours() {
    return Presets.MALL;
  }

  /**
   * China's national working days, id {@code cn-national}: Monday–Friday 09:00–18:00 Asia/Shanghai, the public
   * holidays closed and the transfer workdays (调休补班) open, from the bundled dataset (npm package
   * {@code holiday-calendar} 1.3.3, MIT licence, kept with the data), covering 2024-01-01 to 2026-12-31.
   * Asking outside those years is a {@link CalendarRangeException} naming the date and the span; use
   * {@link BusinessCalendar#withWeeklyRuleForUnknownYears()} (or a policy with
   * {@code UnknownYears.WEEKLY}) to apply the weekly rule alone there, or
   * {@link #importChinaDataset(String, ZoneId, TimeWindow, List)} with newer year files.
   *
   * @return the calendar
   */
  public static BusinessCalendar cnNational() {
    return Presets.CN;
  }

  /** Lazily built presets. */
  private static final class Presets {
    static final BusinessCalendar MALL = BusinessCalendar.builder("mall-hours", ZoneId.of("Asia/Shanghai"))
        .everyDay("10:00-20:00")
        .build();
    static final BusinessCalendar CN = loadCn();

    private static BusinessCalendar loadCn() {
      List<JsonNode> docs = new ArrayList<>();
      for (int y : CN_YEARS) {
        try (InputStream in = BusinessCalendars.class.getResourceAsStream(RESOURCE + y + ".json")) {
          if (in == null) {
            throw new IllegalStateException("bundled holiday data " + RESOURCE + y + ".json is missing");
          }
          docs.add(MAPPER.readTree(in));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return importChinaDataset("cn-national", ZoneId.of("Asia/Shanghai"), TimeWindow.parse("09:00-18:00"), docs);
    }
  }

  /**
   * Builds a calendar from year files of the China holiday dataset format
   * ({@code {"year": 2026, "region": "CN", "dates": [{"date": "2026-01-01", "type": "public_holiday", …}]}},
   * {@code type} one of {@code public_holiday} and {@code transfer_workday}; other fields are the dataset's own and
   * are not read). Monday to Friday are open with {@code workdayWindow}; a public holiday closes its date, a
   * transfer workday opens it with {@code workdayWindow}. The calendar covers January 1 of the first year to
   * December 31 of the last; the years must be consecutive.
   *
   * @param id calendar id
   * @param zone zone of the windows
   * @param workdayWindow the hours of a working day, for example {@code 09:00-18:00}
   * @param yearDocuments one JSON document per year
   * @return the calendar
   * @throws ValidationException listing every problem, with paths {@code $[file index].dates[i].field}
   */
  public static BusinessCalendar importChinaDataset(String id, ZoneId zone, TimeWindow workdayWindow,
      List<JsonNode> yearDocuments) {
    return CalendarJson.importChinaDataset(id, zone, workdayWindow, yearDocuments);
  }
}
