package dev.complaints.scoring.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.complaints.core.model.Channel;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.Satisfaction;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.complaints.sla.timer.Extension;
import dev.complaints.sla.timer.Pause;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing ticket lines and unit inputs: what is written reads back equal. */
class RecordWritersTest {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  static List<TicketRecord> roundTrip(List<TicketRecord> tickets, ZoneId zone) throws Exception {
    StringWriter text = new StringWriter();
    try (TicketWriter w = TicketWriter.of(text, zone)) {
      w.writeAll(tickets);
      assertThat(w.written()).isEqualTo(tickets.size());
    }
    assertThat(text.toString().lines().count()).isEqualTo(tickets.size());
    return TicketReaderTest.readAll(text.toString());
  }

  @Test
  void writtenTicketsReadBackEqual() {
    qt().withExamples(300)
        .forAll(lists().of(RecordGenerators.tickets()).ofSizeBetween(0, 6), RecordGenerators.zones())
        .checkAssert((tickets, zone) -> {
          try {
            assertThat(roundTrip(tickets, zone)).isEqualTo(tickets);
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        });
  }

  @Test
  void writtenInputsReadBackEqual() {
    qt().withExamples(300).forAll(RecordGenerators.inputLists()).checkAssert(inputs -> {
      String text = UnitInputsWriter.toJsonText(inputs);
      assertThat(UnitInputsReader.read(new StringReader(text), "i.json")).isEqualTo(inputs);
    });
  }

  @Test
  void theExampleIsWrittenAsItIsReadWithTheBareExtensionApprovedAtEntry() throws Exception {
    TicketRecord t = TicketReader.parseLine(TicketReaderTest.GOOD, "t.jsonl", 1);
    assertThat(TicketWriter.toJsonLine(t, SHANGHAI)).isEqualTo(TicketReaderTest.GOOD.replace(
        "\"extensions\":[\"PT12H\"]",
        "\"extensions\":[{\"duration\":\"PT12H\",\"approvedAt\":\"2026-10-03T19:40:00+08:00\"}]"));
    assertThat(TicketWriter.toJsonLine(t)).contains("\"acceptedAt\":\"2026-10-03T11:10:00Z\"");
    assertThat(TicketReader.parseLine(TicketWriter.toJsonLine(t), "t.jsonl", 1)).isEqualTo(t);
  }

  @Test
  void aHandWrittenTicketWithEveryField() throws Exception {
    Instant acc = Instant.parse("2026-10-03T11:10:00Z");
    TicketRecord t = Tickets.builder("C-202610-0001", "plaza-01", acc)
        .region("city-a")
        .channel(Channel.ONLINE)
        .category("SAFETY")
        .grade(Grade.SERIOUS)
        .stage("GRADING", acc, acc.plusSeconds(1800))
        .stage(new StageRecord("HANDLING", acc.plusSeconds(1800), acc.plusSeconds(90_000),
            List.of(Extension.of(Duration.ofHours(12), acc.plusSeconds(1800)),
                Extension.of(Duration.ofMillis(1500), acc.plusSeconds(5400))),
            List.of(Pause.of(acc.plusSeconds(3600), acc.plusSeconds(7200)),
                new Pause(acc.plusSeconds(80_000), null))))
        .stage("RETURN_VISIT", acc.plusSeconds(90_000), null)
        .returnVisit(ReturnVisitRecord.of(Satisfaction.VERY_SATISFIED))
        .closedAt(acc.plusSeconds(100_000).plusNanos(5))
        .subject("Golden \"Noodle\" House 面馆")
        .location("3F-120")
        .build();
    String line = TicketWriter.toJsonLine(t, SHANGHAI);
    assertThat(line).isEqualTo("{\"id\":\"C-202610-0001\",\"unit\":\"plaza-01\",\"region\":\"city-a\","
        + "\"channel\":\"ONLINE\",\"category\":\"SAFETY\",\"grade\":\"SERIOUS\",\"acceptedAt\":\"2026-10-03T19:10:00+08:00\","
        + "\"stages\":[{\"stage\":\"GRADING\",\"enteredAt\":\"2026-10-03T19:10:00+08:00\","
        + "\"leftAt\":\"2026-10-03T19:40:00+08:00\"},{\"stage\":\"HANDLING\",\"enteredAt\":\"2026-10-03T19:40:00+08:00\","
        + "\"leftAt\":\"2026-10-04T20:10:00+08:00\",\"extensions\":[{\"duration\":\"PT12H\",\"approvedAt\":\"2026-10-03T19:40:00+08:00\"},"
        + "{\"duration\":\"PT1.5S\",\"approvedAt\":\"2026-10-03T20:40:00+08:00\"}],"
        + "\"pauses\":[{\"from\":\"2026-10-03T20:10:00+08:00\",\"to\":\"2026-10-03T21:10:00+08:00\"},"
        + "{\"from\":\"2026-10-04T17:23:20+08:00\"}]},{\"stage\":\"RETURN_VISIT\",\"enteredAt\":\"2026-10-04T20:10:00+08:00\"}],"
        + "\"returnVisit\":{\"result\":\"VERY_SATISFIED\"},\"closedAt\":\"2026-10-04T22:56:40.000000005+08:00\","
        + "\"subject\":\"Golden \\\"Noodle\\\" House 面馆\",\"location\":\"3F-120\"}");
    assertThat(TicketReader.parseLine(line, "t.jsonl", 1)).isEqualTo(t);

    TicketRecord bare = Tickets.builder("T-2", "p", acc).build();
    assertThat(TicketWriter.toJsonLine(bare)).isEqualTo("{\"id\":\"T-2\",\"unit\":\"p\",\"channel\":\"PHONE\","
        + "\"category\":\"MERCHANT_SERVICE\",\"grade\":\"GENERAL\",\"acceptedAt\":\"2026-10-03T11:10:00Z\"}");
    TicketRecord exempt = bare.toBuilder().returnVisit(ReturnVisitRecord.exempted()).build();
    assertThat(TicketWriter.toJsonLine(exempt)).endsWith(",\"returnVisit\":{\"exempt\":true}}");
    assertThat(roundTrip(List.of(t, bare, exempt), ZoneId.of("America/St_Johns"))).containsExactly(t, bare, exempt);
  }

  @Test
  void writesAFileThatTheReaderOpens(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("tickets.jsonl");
    TicketRecord t = TicketReader.parseLine(TicketReaderTest.GOOD, "t.jsonl", 1);
    TicketRecord u = t.toBuilder().subject("商户").build();
    try (TicketWriter w = TicketWriter.create(file, SHANGHAI)) {
      w.write(t).write(u);
    }
    assertThat(Files.readString(file)).endsWith("}\n").contains("商户");
    try (TicketReader r = TicketReader.open(file)) {
      assertThat(r.stream().toList()).containsExactly(t, u);
    }
  }

  @Test
  void failuresNameTheTarget(@TempDir Path dir) {
    assertThatThrownBy(() -> TicketWriter.create(dir.resolve("missing").resolve("t.jsonl"), SHANGHAI))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("t.jsonl: cannot write");
    Writer broken = new Writer() {
      @Override
      public void write(char[] buf, int off, int len) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void flush() throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void close() {}
    };
    TicketWriter w = TicketWriter.of(broken, SHANGHAI);
    TicketRecord t = TicketReader.parseLine(TicketReaderTest.GOOD, "t.jsonl", 1);
    w.write(t); // buffered
    assertThatThrownBy(w::flush).isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk full");
    assertThatThrownBy(() -> TicketWriter.toJsonLine(Tickets.builder("T", "p", Instant.MAX).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("field acceptedAt");
  }

  @Test
  void aHandWrittenInputsFile() {
    List<UnitInputs> inputs = List.of(
        new UnitInputs("plaza-01", YearMonth.of(2026, 10), "city-a", 1, 0, 2, 0,
            new CallStats(1200, 1160)),
        UnitInputs.none("plaza-02", YearMonth.of(2026, 10)));
    String text = UnitInputsWriter.toJsonText(inputs);
    assertThat(text.replaceAll("\\s", "")).isEqualTo("[{\"unit\":\"plaza-01\",\"period\":\"2026-10\",\"region\":\"city-a\","
        + "\"publicityFindings\":1,\"onSiteFindings\":0,\"concealedFindings\":2,\"unreportedIncidents\":0,"
        + "\"calls\":{\"offered\":1200,\"answered\":1160}},{\"unit\":\"plaza-02\",\"period\":\"2026-10\","
        + "\"publicityFindings\":0,\"onSiteFindings\":0}]");
    assertThat(text).endsWith("]\n");
    assertThat(UnitInputsReader.read(new StringReader(text), "i.json")).isEqualTo(inputs);
    StringWriter out = new StringWriter();
    UnitInputsWriter.write(inputs, out);
    assertThat(out.toString()).isEqualTo(text);
  }

  @Test
  void inputsTheReaderWouldRejectAreNotWritten() {
    UnitInputs a = UnitInputs.none("plaza-01", YearMonth.of(2026, 10));
    UnitInputs b = UnitInputs.none("plaza-02", YearMonth.of(2026, 10));
    List<UnitInputs> twice = List.of(a, b, a);
    StringWriter out = new StringWriter();
    assertThatThrownBy(() -> UnitInputsWriter.write(twice, out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unit inputs $[2].unit: duplicate unit 'plaza-01' for 2026-10 (also at $[0].unit)");
    assertThat(out.toString()).isEmpty();
    List<UnitInputs> withNull = new ArrayList<>(List.of(a));
    withNull.add(null);
    assertThatThrownBy(() -> UnitInputsWriter.toJsonText(withNull))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unit inputs $[1]: must be an object (found null)");
    assertThat(UnitInputsWriter.toJsonText(List.of(a, UnitInputs.none("plaza-01", YearMonth.of(2026, 11)))))
        .contains("2026-11");
  }
}
