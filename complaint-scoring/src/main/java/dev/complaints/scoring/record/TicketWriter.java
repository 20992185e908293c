package dev.complaints.scoring.record;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.complaints.core.json.Json;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import dev.complaints.sla.timer.Extension;
import dev.complaints.sla.timer.Pause;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Writes ticket timeline records as JSON lines (docs/scoring.md), one object per line, in exactly the format
 * {@link TicketReader} reads: reading the output back gives records equal to the ones written.
 *
 * <p>Fields are written in the order of the specification ({@code id}, {@code unit}, {@code region},
 * {@code channel}, {@code category}, {@code grade}, {@code acceptedAt}, {@code stages}, {@code returnVisit},
 * {@code closedAt}, {@code closeReason}, {@code subject}, {@code location}, {@code department}, {@code handler},
 * {@code rootCause}, {@code plan}, {@code reportedAt}); null values and empty lists are left out.
 * Instants are ISO-8601 with the offset of the zone given at creation (UTC, {@code Z}, by default), with
 * seconds always and fractions only when there are any; durations are ISO-8601 ({@code PT12H}). Every line
 * ends with {@code \n}, also on Windows.
 *
 * <p>Records are written as they come: the whole set is never held in memory. Not thread-safe; close it when
 * done (closing the writer closes the underlying output).
 */
public final class TicketWriter implements Closeable, Flushable {
  private static final JsonFactory FACTORY = Json.mapper().getFactory();

  private final JsonGenerator out;
  private final DateTimeFormatter instants;
  private final String target;
  private long written;

  private TicketWriter(Writer out, ZoneId zone, String target) {
    Objects.requireNonNull(out, "out");
    this.instants = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(Objects.requireNonNull(zone, "zone"));
    this.target = Objects.requireNonNull(target, "target");
    try {
      this.out = FACTORY.createGenerator(out);
    } catch (IOException e) {
      throw new UncheckedIOException(target + ": cannot write: " + e.getMessage(), e);
    }
    this.out.setRootValueSeparator(null);
  }

  /**
   * Writes JSON lines to a character stream, instants in UTC.
   *
   * @param out the output
   * @return a writer
   */
  public static TicketWriter of(Writer out) {
    return of(out, ZoneOffset.UTC);
  }

  /**
   * Writes JSON lines to a character stream, instants with the offset of {@code zone} (for example
   * {@code 2026-10-03T19:10:00+08:00} for Asia/Shanghai). The zone changes only how instants are written, not
   * which instants they are.
   *
   * @param out the output
   * @param zone the zone whose offset instants are written with
   * @return a writer
   */
  public static TicketWriter of(Writer out, ZoneId zone) {
    return new TicketWriter(out, zone, "ticket output");
  }

  /**
   * Creates or replaces a JSON-lines file (UTF-8).
   *
   * @param file the file
   * @param zone the zone whose offset instants are written with
   * @return a writer named after the file
   * @throws UncheckedIOException naming the file when it cannot be created
   */
  public static TicketWriter create(Path file, ZoneId zone) {
    Writer w;
    try {
      w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot write: " + e.getMessage(), e);
    }
    return new TicketWriter(w, zone, file.toString());
  }

  /**
   * One record as a JSON object on one line (without the line end), instants in UTC.
   *
   * @param ticket the record
   * @return the JSON text; {@link TicketReader#parseLine(String, String, long)} reads it back
   */
  public static String toJsonLine(TicketRecord ticket) {
    return toJsonLine(ticket, ZoneOffset.UTC);
  }

  /**
   * One record as a JSON object on one line (without the line end).
   *
   * @param ticket the record
   * @param zone the zone whose offset instants are written with
   * @return the JSON text; {@link TicketReader#parseLine(String, String, long)} reads it back
   */
  public static String toJsonLine(TicketRecord ticket, ZoneId zone) {
    StringWriter text = new StringWriter();
    try (TicketWriter w = of(text, zone)) {
      w.write(ticket);
    }
    String line = text.toString();
    return line.substring(0, line.length() - 1);
  }

  /**
   * Writes one record as one line.
   *
   * @param ticket the record
   * @return this writer
   * @throws UncheckedIOException when the output fails; the output is then unusable
   * @throws IllegalArgumentException when an instant lies beyond the years a date-time with offset can show (about
   *     a billion years from now); the output is then unusable
   */
  public TicketWriter write(TicketRecord ticket) {
    Objects.requireNonNull(ticket, "ticket");
    try {
      writeTicket(ticket);
      out.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(target + ": record " + (written + 1) + " (" + ticket.id() + "): cannot write: "
          + e.getMessage(), e);
    }
    written++;
    return this;
  }

  /**
   * Writes every record, one line each, in iteration order.
   *
   * @param tickets the records
   * @return this writer
   * @throws UncheckedIOException when the output fails
   */
  public TicketWriter writeAll(Iterable<TicketRecord> tickets) {
    for (TicketRecord t : tickets) {
      write(t);
    }
    return this;
  }

  /**
   * How many records were written so far.
   *
   * @return the count
   */
  public long written() {
    return written;
  }

  private void writeTicket(TicketRecord t) throws IOException {
    out.writeStartObject();
    out.writeStringField("id", t.id());
    out.writeStringField("unit", t.unit());
    optional("region", t.region());
    out.writeStringField("channel", t.channel().name());
    out.writeStringField("category", t.category());
    out.writeStringField("grade", t.grade().name());
    instant("acceptedAt", t.acceptedAt());
    if (!t.stages().isEmpty()) {
      out.writeArrayFieldStart("stages");
      for (StageRecord s : t.stages()) {
        writeStage(s);
      }
      out.writeEndArray();
    }
    ReturnVisitRecord v = t.returnVisit();
    if (v != null) {
      out.writeObjectFieldStart("returnVisit");
      if (v.exempt()) {
        out.writeBooleanField("exempt", true);
      } else {
        out.writeStringField("result", Objects.requireNonNull(v.result(), "result").name());
      }
      out.writeEndObject();
    }
    Instant closedAt = t.closedAt();
    if (closedAt != null) {
      instant("closedAt", closedAt);
    }
    optional("closeReason", t.closeReason());
    optional("subject", t.subject());
    optional("location", t.location());
    optional("department", t.department());
    optional("handler", t.handler());
    optional("rootCause", t.rootCause());
    PlanRecord plan = t.plan();
    if (plan != null) {
      out.writeObjectFieldStart("plan");
      instant("due", plan.due());
      Instant doneAt = plan.doneAt();
      if (doneAt != null) {
        instant("doneAt", doneAt);
      }
      if (plan.drafts() != 1) {
        out.writeNumberField("drafts", plan.drafts());
      }
      out.writeEndObject();
    }
    Instant reportedAt = t.reportedAt();
    if (reportedAt != null) {
      instant("reportedAt", reportedAt);
    }
    out.writeEndObject();
  }

  private void writeStage(StageRecord s) throws IOException {
    out.writeStartObject();
    out.writeStringField("stage", s.stage());
    instant("enteredAt", s.enteredAt());
    Instant leftAt = s.leftAt();
    if (leftAt != null) {
      instant("leftAt", leftAt);
    }
    if (!s.extensions().isEmpty()) {
      out.writeArrayFieldStart("extensions");
      for (Extension x : s.extensions()) {
        out.writeStartObject();
        out.writeStringField("duration", x.duration().toString());
        instant("approvedAt", x.approvedAt());
        out.writeEndObject();
      }
      out.writeEndArray();
    }
    if (!s.pauses().isEmpty()) {
      out.writeArrayFieldStart("pauses");
      for (Pause p : s.pauses()) {
        out.writeStartObject();
        instant("from", p.from());
        Instant to = p.to();
        if (to != null) {
          instant("to", to);
        }
        out.writeEndObject();
      }
      out.writeEndArray();
    }
    out.writeEndObject();
  }

  private void instant(String field, Instant value) throws IOException {
    String text;
    try {
      text = instants.format(value);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(target + ": record " + (written + 1) + ": field " + field + ": " + value
          + " cannot be written as a date-time with offset: " + e.getMessage(), e);
    }
    out.writeStringField(field, text);
  }

  private void optional(String field, @Nullable String value) throws IOException {
    if (value != null) {
      out.writeStringField(field, value);
    }
  }

  /**
   * Flushes what was written to the underlying output.
   *
   * @throws UncheckedIOException when the output fails
   */
  @Override
  public void flush() {
    io(out::flush);
  }

  /**
   * Flushes and closes the underlying output.
   *
   * @throws UncheckedIOException when the output fails
   */
  @Override
  public void close() {
    io(out::close);
  }

  private void io(IoStep step) {
    try {
      step.run();
    } catch (IOException e) {
      throw new UncheckedIOException(target + ": cannot write: " + e.getMessage(), e);
    }
  }

  /** An output step that may fail. */
  private interface IoStep {
    void run() throws IOException;
  }
}
