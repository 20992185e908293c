package dev.complaints.scoring.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.complaints.core.model.Grade;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.complaints.sla.timer.Extension;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading ticket lines and unit inputs. */
class TicketReaderTest {
  static final String GOOD =
      "{\"id\":\"T-1\",\"unit\":\"plaza-01\",\"region\":\"city-a\",\"channel\":\"PHONE\",\"category\":\"MERCHANT_SERVICE\","
          + "\"grade\":\"GENERAL\",\"acceptedAt\":\"2026-10-03T19:10:00+08:00\",\"stages\":[{\"stage\":\"GRADING\","
          + "\"enteredAt\":\"2026-10-03T19:10:00+08:00\",\"leftAt\":\"2026-10-03T19:40:00+08:00\"},{\"stage\":\"HANDLING\","
          + "\"enteredAt\":\"2026-10-03T19:40:00+08:00\",\"extensions\":[\"PT12H\"],\"pauses\":[{\"from\":"
          + "\"2026-10-03T20:00:00+08:00\",\"to\":\"2026-10-03T21:00:00+08:00\"}]}],\"returnVisit\":{\"exempt\":true},"
          + "\"subject\":\"shop-9\"}";

  static List<TicketRecord> readAll(String text) throws Exception {
    try (TicketReader r = TicketReader.of(new StringReader(text), "t.jsonl")) {
      List<TicketRecord> out = new ArrayList<>();
      r.forEachRemaining(out::add);
      return out;
    }
  }

  @Test
  void instantsSpelledWithEscapesReadAsTheirText(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    // the lines after the first are read with one parser per buffer: escapes in instants are decoded there too
    String escaped = GOOD.replace("\"2026-10-03T19:40:00+08:00\"}", "\"2026-10-03T19:40:00\\u002B08:00\"}")
        .replace("\"acceptedAt\":\"2026-10-03T19:10:00+08:00\"", "\"acceptedAt\":\"\\u0032026-10-03T19:10:00+08:00\"");
    assertThat(escaped).contains("\\u002B08:00").contains("\\u0032026-10-03");
    java.nio.file.Path file = dir.resolve("t.jsonl");
    java.nio.file.Files.writeString(file, GOOD + "\n" + escaped + "\n" + GOOD + "\n");
    List<TicketRecord> read = new ArrayList<>();
    try (TicketReader r = TicketReader.open(file)) {
      r.forEachRemaining(read::add);
    }
    assertThat(read.get(1)).isEqualTo(readAll(escaped).get(0)).isEqualTo(read.get(0));
    assertThat(read.get(1).stages().get(0).leftAt()).isEqualTo(read.get(0).stages().get(0).leftAt());
    assertThat(read.get(2)).isEqualTo(read.get(0));
    // a character outside ASCII in an instant is refused as the parser refuses it, on its line
    java.nio.file.Files.writeString(file, GOOD + "\n" + GOOD + "\n"
        + GOOD.replace("\"2026-10-03T19:40:00+08:00\"}", "\"2026-10-03T19:40:0\uFF10+08:00\"}") + "\n");
    assertThatThrownBy(() -> {
      try (TicketReader r = TicketReader.open(file)) {
        r.forEachRemaining(t -> { });
      }
    }).isInstanceOf(RecordFormatException.class).hasMessageContaining("line 3: $.stages[0].leftAt");
  }

  @Test
  void readsExtensionsWithTheirApprovalInstant() throws Exception {
    String line = GOOD.replace("\"extensions\":[\"PT12H\"]",
        "\"extensions\":[{\"duration\":\"PT2H\",\"approvedAt\":\"2026-10-04T11:00:00+08:00\"},\"PT1H\"]");
    StageRecord handling = readAll(line).get(0).stages().get(1);
    assertThat(handling.extensions()).containsExactly(
        Extension.of(Duration.ofHours(2), OffsetDateTime.parse("2026-10-04T11:00:00+08:00").toInstant()),
        Extension.of(Duration.ofHours(1), handling.enteredAt()));
  }

  @Test
  void aBadExtensionNamesItsFieldAndLine() {
    String noApproval = GOOD.replace("\"extensions\":[\"PT12H\"]", "\"extensions\":[{\"duration\":\"PT2H\"}]");
    assertThatThrownBy(() -> readAll(noApproval))
        .isInstanceOf(RecordFormatException.class)
        .hasMessageContaining("line 1")
        .hasMessage("t.jsonl: line 1: $.stages[1].extensions[0].approvedAt: missing required field");
    String badDuration = GOOD.replace("\"extensions\":[\"PT12H\"]",
        "\"extensions\":[{\"duration\":\"12 hours\",\"approvedAt\":\"2026-10-04T11:00:00+08:00\"}]");
    assertThatThrownBy(() -> readAll(badDuration))
        .isInstanceOf(RecordFormatException.class)
        .hasMessage("t.jsonl: line 1: $.stages[1].extensions[0].duration: must be a non-negative ISO-8601 duration"
            + " such as PT12H (found \"12 hours\")");
    String unknown = GOOD.replace("\"extensions\":[\"PT12H\"]",
        "\"extensions\":[{\"duration\":\"PT2H\",\"approvedAt\":\"2026-10-04T11:00:00+08:00\",\"by\":\"x\"}]");
    assertThatThrownBy(() -> readAll(unknown))
        .isInstanceOf(RecordFormatException.class)
        .hasMessage("t.jsonl: line 1: $.stages[1].extensions[0].by: unknown field (allowed: duration, approvedAt)");
  }

  @Test
  void readsTheSpecExample() throws Exception {
    List<TicketRecord> all = readAll(GOOD + "\n\n" + GOOD.replace("T-1", "T-2") + "\n");
    assertThat(all).hasSize(2);
    TicketRecord t = all.get(0);
    assertThat(t.grade()).isEqualTo(Grade.GENERAL);
    assertThat(t.region()).isEqualTo("city-a");
    // a bare duration, the earlier form, is approved when the visit was entered
    assertThat(t.stages().get(1).extensions())
        .containsExactly(Extension.of(Duration.ofHours(12), t.stages().get(1).enteredAt()));
    assertThat(t.stages().get(1).pauses()).hasSize(1);
    assertThat(t.stages().get(1).leftAt()).isNull();
    assertThat(Objects.requireNonNull(t.returnVisit()).exempt()).isTrue();
    assertThat(t.subject()).isEqualTo("shop-9");
  }

  @Test
  void malformedLinesNameLineAndField() {
    assertError(GOOD + "\n" + GOOD.replace("\"GENERAL\"", "\"HUGE\""), 2, "$.grade");
    assertError(GOOD.replace("\"2026-10-03T19:40:00+08:00\"}", "\"soon\"}"), 1, "$.stages[0].leftAt");
    assertError(GOOD.replace("\"PT12H\"", "\"12 hours\""), 1, "$.stages[1].extensions[0]");
    assertError(GOOD.replace("\"unit\":\"plaza-01\",", ""), 1, "$.unit");
    assertError(GOOD.replace("\"subject\"", "\"subjekt\""), 1, "$.subjekt");
    assertError(GOOD.replace("{\"exempt\":true}", "{}"), 1, "$.returnVisit.result");
    assertError("{not json", 1, "$");
    assertError(GOOD + "\nnull\n" + GOOD, 2, "$");
    assertError("[" + GOOD + "]", 1, "$");
    assertError(GOOD + " " + GOOD, 1, "$");
    assertError(GOOD.replace("\"grade\":\"GENERAL\"", "\"grade\":\"GENERAL\",\"grade\":\"CRITICAL\""), 1, "$.grade");
    assertError(GOOD.replace("\"extensions\"", "\"leftAt\":\"2026-10-04T19:40:00+08:00\",\"leftAt\":null,\"extensions\""),
        1, "$.stages[1].leftAt");
  }

  @Test
  void departmentHandlerRootCauseAndPlanAreOptionalAndChecked() throws Exception {
    TicketRecord old = readAll(GOOD).get(0);
    assertThat(old.department()).isNull();
    assertThat(old.plan()).isNull();
    String withAll = GOOD.substring(0, GOOD.length() - 1) + ",\"department\":\"catering\",\"handler\":\"wang\","
        + "\"rootCause\":\"PROCESS\",\"plan\":{\"due\":\"2026-10-05T12:00:00+08:00\"}}";
    TicketRecord t = readAll(withAll).get(0);
    assertThat(t.department()).isEqualTo("catering");
    assertThat(t.handler()).isEqualTo("wang");
    assertThat(t.rootCause()).isEqualTo("PROCESS");
    assertThat(t.plan()).isEqualTo(new PlanRecord(java.time.Instant.parse("2026-10-05T04:00:00Z"), null, 1));
    assertError(withAll.replace("\"department\":\"catering\"", "\"department\":\" \""), 1, "$.department");
    assertError(withAll.replace("{\"due\":\"2026-10-05T12:00:00+08:00\"}", "{}"), 1, "$.plan.due");
    assertError(withAll.replace("\"2026-10-05T12:00:00+08:00\"}", "\"2026-10-05T12:00:00+08:00\",\"doneAt\":\"soon\"}"),
        1, "$.plan.doneAt");
    assertReason(withAll.replace("\"2026-10-05T12:00:00+08:00\"}", "\"2026-10-05T12:00:00+08:00\",\"drafts\":0}"),
        "$.plan.drafts", "must be at least 1 (found 0)");
  }

  @Test
  void instantsWhoseLocalDateDoesNotExistInEveryZoneAreRejected() throws Exception {
    // +999999999-12-31T23:00Z is a valid Instant, but in Asia/Shanghai it is a date after LocalDate.MAX:
    // the month and the fine window of such a ticket cannot be found
    assertError(GOOD.replace("\"acceptedAt\":\"2026-10-03T19:10:00+08:00\"",
        "\"acceptedAt\":\"+999999999-12-31T23:00:00Z\""), 1, "$.acceptedAt");
    assertError(GOOD.replace("\"stage\":\"GRADING\",\"enteredAt\":\"2026-10-03T19:10:00+08:00\"",
        "\"stage\":\"GRADING\",\"enteredAt\":\"-999999999-01-01T00:00:00Z\""), 1, "$.stages[0].enteredAt");
    assertError(GOOD.replace("\"to\":\"2026-10-03T21:00:00+08:00\"", "\"to\":\"+999999999-12-31T12:00:00Z\""),
        1, "$.stages[1].pauses[0].to");
    assertThatThrownBy(() -> readAll(GOOD.replace("\"acceptedAt\":\"2026-10-03T19:10:00+08:00\"",
            "\"acceptedAt\":\"+999999999-12-31T23:00:00Z\"")))
        .hasMessage("t.jsonl: line 1: $.acceptedAt: must be an instant between -999999999-01-01T18:00:00Z and"
            + " +999999999-12-31T05:59:59.999999999Z, whose local date exists in every time zone"
            + " (found \"+999999999-12-31T23:00:00Z\")");
    // the last instant that is still a date everywhere is accepted
    String last = "+999999999-12-31T05:59:59.999999999Z";
    TicketRecord t = readAll(GOOD.replace("\"to\":\"2026-10-03T21:00:00+08:00\"", "\"to\":\"" + last + "\""))
        .get(0);
    assertThat(t.stages().get(1).pauses().get(0).to()).isEqualTo(java.time.Instant.parse(last));
  }

  @Test
  void aValueOfTheWrongKindIsDescribedInJsonTerms() {
    assertReason("[" + GOOD + "]", "$", "must be an object (found an array)");
    assertReason("\"x\"", "$", "must be an object (found \"x\")");
    assertReason(GOOD.replace("\"unit\":\"plaza-01\"", "\"unit\":{}"), "$.unit", "must be a string (found an object)");
    assertReason(GOOD.replace("\"unit\":\"plaza-01\"", "\"unit\":7"), "$.unit", "must be a string (found 7)");
    assertReason(GOOD.replace("\"stages\":[", "\"stages\":[7,"), "$.stages[0]", "must be an object (found 7)");
    assertReason(GOOD.replace("{\"exempt\":true}", "{\"exempt\":\"yes\"}"), "$.returnVisit.exempt",
        "must be true or false (found \"yes\")");
  }

  private static void assertReason(String text, String field, String reason) {
    assertThatThrownBy(() -> readAll(text))
        .isInstanceOfSatisfying(RecordFormatException.class,
            e -> assertThat(e.getMessage()).isEqualTo("t.jsonl: line 1: " + field + ": " + reason));
  }

  private static void assertError(String text, long line, String field) {
    assertThatThrownBy(() -> readAll(text))
        .isInstanceOfSatisfying(RecordFormatException.class, e -> {
          assertThat(e.line()).isEqualTo(line);
          assertThat(e.field()).isEqualTo(field);
          assertThat(e.getMessage()).startsWith("t.jsonl: line " + line + ": " + field + ": ").doesNotContain("\n");
        });
  }

  @Test
  void skipInvalidReportsAndCounts() throws Exception {
    List<RecordFormatException> bad = new ArrayList<>();
    try (TicketReader r = TicketReader.of(new StringReader(GOOD + "\n{}\n" + GOOD + "\n"), "t.jsonl")) {
      r.skipInvalid(bad::add);
      assertThat(r.stream().count()).isEqualTo(2);
      assertThat(r.skipped()).isEqualTo(1);
    }
    assertThat(bad).extracting(RecordFormatException::line).containsExactly(2L);
  }

  @Test
  void unitInputCountsAreWholeNumbersNeverTruncatedOrConverted() {
    String json = "[{\"unit\":\"p\",\"period\":\"2026-10\",\"publicityFindings\":1,\"calls\":{\"offered\":10,"
        + "\"answered\":9}}]";
    assertThat(UnitInputsReader.read(new StringReader(json), "i.json").get(0).publicityFindings()).isEqualTo(1);
    String[][] cases = {
      {"\"publicityFindings\":1.5", "$[0].publicityFindings", "must be an integer of at least 0 (found 1.5)"},
      {"\"publicityFindings\":\"3\"", "$[0].publicityFindings", "must be an integer of at least 0 (found \"3\")"},
      {"\"offered\":10.0", "$[0].calls.offered", "must be an integer of at least 0 (found 10.0)"},
      {"\"answered\":\"9\"", "$[0].calls.answered", "must be an integer of at least 0 (found \"9\")"},
    };
    String[] originals = {"\"publicityFindings\":1", "\"publicityFindings\":1", "\"offered\":10", "\"answered\":9"};
    for (int i = 0; i < cases.length; i++) {
      String[] c = cases[i];
      String text = json.replace(originals[i], c[0]);
      assertThatThrownBy(() -> UnitInputsReader.read(new StringReader(text), "i.json"))
          .as(text)
          .isInstanceOfSatisfying(RecordFormatException.class, e -> {
            assertThat(e.field()).isEqualTo(c[1]);
            assertThat(e.reason()).isEqualTo(c[2]);
            assertThat(e.line()).isEqualTo(1);
          });
    }
  }

  @Test
  void unitInputsErrorsFoundAfterReadingNameTheLine() {
    String dup = "[\n {\"unit\": \"p\", \"period\": \"2026-10\"},\n {\"period\": \"2026-10\",\n"
        + "  \"unit\": \"p\"}\n]\n";
    assertThatThrownBy(() -> UnitInputsReader.read(new StringReader(dup), "i.json"))
        .isInstanceOfSatisfying(RecordFormatException.class, e -> {
          assertThat(e.field()).isEqualTo("$[1].unit");
          assertThat(e.line()).isEqualTo(4);
          assertThat(e.getMessage())
              .isEqualTo("i.json: line 4: $[1].unit: duplicate unit 'p' for 2026-10 (also at $[0].unit)");
        });
    String nullEntry = "[\n {\"unit\": \"p\", \"period\": \"2026-10\"},\n\n null\n]";
    assertThatThrownBy(() -> UnitInputsReader.read(new StringReader(nullEntry), "i.json"))
        .isInstanceOfSatisfying(RecordFormatException.class, e -> {
          assertThat(e.field()).isEqualTo("$[1]");
          assertThat(e.line()).isEqualTo(4);
        });
    assertThatThrownBy(() -> UnitInputsReader.read(new StringReader("\n\nnull\n"), "i.json"))
        .isInstanceOfSatisfying(RecordFormatException.class, e -> {
          assertThat(e.field()).isEqualTo("$");
          assertThat(e.line()).isEqualTo(3);
        });
  }

  @Test
  void aByteThatIsNotUtf8IsReportedOnItsOwnLine(@TempDir Path dir) throws Exception {
    // the reader decodes ahead: without looking the byte up, the error named the line before the read-ahead
    byte[] bad = (GOOD.replace("T-1", "T-\u00ff")).getBytes(StandardCharsets.ISO_8859_1);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < 40; i++) {
      bytes.write((GOOD + (i % 2 == 0 ? "\r\n" : "\n")).getBytes(StandardCharsets.UTF_8));
    }
    bytes.write(bad);
    bytes.write('\n');
    Path file = dir.resolve("t.jsonl");
    Files.write(file, bytes.toByteArray());
    assertThatThrownBy(() -> {
      try (TicketReader r = TicketReader.open(file)) {
        r.forEachRemaining(t -> { });
      }
    }).isInstanceOf(UncheckedIOException.class)
        .hasMessageStartingWith(file + ": line 41: cannot read: not valid UTF-8");
    Path inputs = dir.resolve("i.json");
    Files.write(inputs, "[\n{\"unit\": \"p\u00ff\", \"period\": \"2026-10\"}\n]".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> UnitInputsReader.read(inputs))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageStartingWith(inputs + ": line 2: cannot read: not valid UTF-8");
  }

  @Test
  void aByteOrderMarkAtTheStartIsNotPartOfTheData() throws Exception {
    assertThat(readAll("\uFEFF" + GOOD + "\n" + GOOD)).isEqualTo(readAll(GOOD + "\n" + GOOD));
    String json = "[{\"unit\":\"p\",\"period\":\"2026-10\",\"publicityFindings\":2}]";
    assertThat(UnitInputsReader.read(new StringReader("\uFEFF" + json), "i.json"))
        .isEqualTo(UnitInputsReader.read(new StringReader(json), "i.json"));
    // only at the very start: anywhere else it is still not JSON
    assertError(GOOD + "\n\uFEFF" + GOOD, 2, "$");
  }

  @Test
  void unitInputs() {
    String json = "[{\"unit\":\"p\",\"period\":\"2026-10\",\"publicityFindings\":1,\"calls\":{\"offered\":10,"
        + "\"answered\":9}},{\"unit\":\"p\",\"period\":\"2026-09\"}]";
    List<UnitInputs> in = UnitInputsReader.read(new StringReader(json), "i.json");
    assertThat(in).hasSize(2);
    assertThat(in.get(1).onSiteFindings()).isZero();
    assertThat(in.get(1).calls()).isNull();
    assertThatThrownBy(() -> UnitInputsReader.read(new StringReader(json.replace("\"answered\":9", "\"answered\":11")), "i.json"))
        .isInstanceOfSatisfying(RecordFormatException.class, e -> {
          assertThat(e.field()).isEqualTo("$[0].calls.answered");
          assertThat(e.reason()).isEqualTo("must be at most offered, 10 (found 11)");
        });
    assertThatThrownBy(() -> UnitInputsReader.read(
            new StringReader(json.replace("\"publicityFindings\":1", "\"publicityFindings\":1,\"publicityFindings\":0")),
            "i.json"))
        .isInstanceOfSatisfying(RecordFormatException.class, e -> {
          assertThat(e.field()).isEqualTo("$[0].publicityFindings");
          assertThat(e.reason()).isEqualTo("duplicate key");
          assertThat(e.line()).isEqualTo(1);
        });
    assertThatThrownBy(() -> UnitInputsReader.read(new StringReader(json.replace("2026-09", "2026-10")), "i.json"))
        .isInstanceOfSatisfying(RecordFormatException.class, e -> assertThat(e.field()).isEqualTo("$[1].unit"));
  }
}
