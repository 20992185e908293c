package dev.complaints.bench;

import dev.complaints.scoring.record.CallStats;
import dev.complaints.scoring.record.UnitInputs;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates realistic ticket timeline records (the JSON lines of docs/scoring.md) for the scoring benchmarks: a few units
 * in a few regions, the seven mall-ticket stages with business-hours-sized durations, some late visits, some
 * extensions and pauses, a few tickets still open, return visits with mostly satisfied results. Ticket
 * {@code i} of a month is always the same text.
 */
public final class ScoringData {

  /** Units of the generated data. */
  public static final int UNITS = 12;

  private static final ZoneOffset CST = ZoneOffset.ofHours(8);
  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
  private static final String[] CHANNELS = {"ON_SITE", "PHONE", "PHONE", "ONLINE", "SOCIAL_MEDIA", "EMAIL"};
  private static final String[] CATEGORIES = {
    "MERCHANT_SERVICE", "MERCHANT_SERVICE", "ENVIRONMENT_SANITATION", "FACILITIES_EQUIPMENT", "SAFETY",
    "MERCHANT_GOODS_AFTER_SALES", "PREPAID_CARD", "LOSS_COMPENSATION"
  };
  private static final String[] RESULTS = {
    "VERY_SATISFIED", "SATISFIED", "SATISFIED", "SATISFIED", "SATISFIED", "SATISFIED", "NEUTRAL", "DISSATISFIED"
  };

  private ScoringData() {}

  /**
   * The unit id of unit {@code u}.
   *
   * @param u 0-based unit number
   * @return the id
   */
  public static String unit(int u) {
    return String.format("plaza-%02d", u);
  }

  /**
   * The region of unit {@code u} (three regions).
   *
   * @param u 0-based unit number
   * @return the region id
   */
  public static String region(int u) {
    return "city-" + (char) ('a' + u % 3);
  }

  /**
   * One ticket as a JSON line (without the line break).
   *
   * @param i the ticket number
   * @param month the month it is accepted in
   * @return the JSON text
   */
  public static String line(long i, YearMonth month) {
    SplittableRandom r = new SplittableRandom(i * 0x9E3779B97F4A7C15L + month.hashCode());
    int u = r.nextInt(UNITS);
    Instant start = month.atDay(1).atStartOfDay(CST).toInstant();
    long monthSeconds = (long) month.lengthOfMonth() * 86_400;
    // acceptances during opening hours mostly: 10:00–21:00 local
    Instant accepted = start.plusSeconds(r.nextLong(monthSeconds / 86_400) * 86_400 + 36_000 + r.nextInt(39_600));
    int g = r.nextInt(100);
    String grade = g < 85 ? "GENERAL" : g < 95 ? "SERIOUS" : g < 99 ? "MAJOR" : "CRITICAL";
    StringBuilder sb = new StringBuilder(900);
    sb.append("{\"id\":\"T-").append(month).append('-').append(i)
        .append("\",\"unit\":\"").append(unit(u))
        .append("\",\"region\":\"").append(region(u))
        .append("\",\"channel\":\"").append(CHANNELS[r.nextInt(CHANNELS.length)])
        .append("\",\"category\":\"").append(CATEGORIES[r.nextInt(CATEGORIES.length)])
        .append("\",\"grade\":\"").append(grade)
        .append("\",\"acceptedAt\":\"").append(text(accepted))
        .append("\",\"subject\":\"shop-").append(r.nextInt(40))
        .append("\",\"location\":\"L").append(r.nextInt(6) + 1).append("F\",\"stages\":[");
    // minutes spent in each stage; occasionally late
    long[] minutes = {
      late(r, 5 + r.nextInt(40), 90), late(r, 20 + r.nextInt(180), 400), late(r, 10 + r.nextInt(240), 500),
      late(r, 60 + r.nextInt(20 * 60), 50 * 60), 60 + r.nextInt(3 * 24 * 60)
    };
    String[] stages = {"GRADING", "PLANNING", "CUSTOMER_FEEDBACK", "HANDLING", "RETURN_VISIT"};
    int stop = r.nextInt(100) < 3 ? 1 + r.nextInt(stages.length) : stages.length + 1; // a few still open
    Instant t = accepted;
    boolean open = false;
    for (int s = 0; s < stages.length && s < stop; s++) {
      if (s > 0) {
        sb.append(',');
      }
      Instant left = t.plusSeconds(minutes[s] * 60 + r.nextInt(60));
      sb.append("{\"stage\":\"").append(stages[s]).append("\",\"enteredAt\":\"").append(text(t)).append('"');
      if (s == stop - 1) {
        open = true;
      } else {
        sb.append(",\"leftAt\":\"").append(text(left)).append('"');
      }
      if (s == 3 && r.nextInt(20) == 0) {
        sb.append(",\"extensions\":[\"PT12H\"]");
      }
      if (s == 3 && r.nextInt(25) == 0) {
        Instant pf = t.plusSeconds(600);
        sb.append(",\"pauses\":[{\"from\":\"").append(text(pf)).append("\",\"to\":\"")
            .append(text(pf.plusSeconds(3600))).append("\"}]");
      }
      sb.append('}');
      t = left;
    }
    sb.append(']');
    if (!open) {
      if (r.nextInt(10) == 0) {
        sb.append(",\"returnVisit\":{\"exempt\":true}");
      } else {
        sb.append(",\"returnVisit\":{\"result\":\"").append(RESULTS[r.nextInt(RESULTS.length)]).append("\"}");
      }
      sb.append(",\"closedAt\":\"").append(text(t)).append('"');
    }
    return sb.append('}').toString();
  }

  private static long late(SplittableRandom r, long usual, long late) {
    return r.nextInt(100) < 4 ? late + r.nextInt((int) late) : usual;
  }

  private static String text(Instant t) {
    return ISO.format(OffsetDateTime.ofInstant(t, CST));
  }

  /**
   * Writes {@code n} tickets of a month to a file, one JSON object per line.
   *
   * @param file the file
   * @param n how many tickets
   * @param month the month
   * @throws IOException when the file cannot be written
   */
  public static void write(Path file, long n, YearMonth month) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (long i = 0; i < n; i++) {
        w.write(line(i, month));
        w.write('\n');
      }
    }
  }

  /**
   * Monthly inputs for every unit of the generated data.
   *
   * @param month the month
   * @return one input per unit
   */
  public static List<UnitInputs> inputs(YearMonth month) {
    List<UnitInputs> out = new ArrayList<>();
    for (int u = 0; u < UNITS; u++) {
      out.add(new UnitInputs(unit(u), month, region(u), u % 3, u % 2, u % 4 == 0 ? 1 : 0, 0,
          new CallStats(1000 + u, 950 + u)));
    }
    return out;
  }
}
