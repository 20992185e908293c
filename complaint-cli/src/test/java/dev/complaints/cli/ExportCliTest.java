package dev.complaints.cli;

import static dev.complaints.cli.ScoreCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.complaints.core.json.Json;
import dev.complaints.cli.ScoreCliTest.Result;
import dev.complaints.scoring.record.TicketReader;
import dev.complaints.scoring.record.TicketRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export}: the demo's events.jsonl exported and scored gives the demo's scorecards; bad lines are named. */
class ExportCliTest {
  @TempDir static Path month;
  static JsonNode demo;

  @BeforeAll
  static void exportADemoMonth() throws IOException {
    Result r = run("demo", "--json", "--seed", "17", "--export", month.toString());
    assertThat(r.code()).as(r.err()).isZero();
    demo = Json.mapper().readTree(r.out());
  }

  static List<TicketRecord> records(String text) throws IOException {
    List<TicketRecord> out = new ArrayList<>();
    try (TicketReader reader = TicketReader.of(new java.io.StringReader(text), "records")) {
      reader.forEachRemaining(out::add);
    }
    return out;
  }

  @Test
  void theDemosEventsExportedAndScoredGiveTheDemosScorecards(@TempDir Path tmp) throws IOException {
    Path events = month.resolve("events.jsonl");
    // the month's events after those of the month before, played as history
    int eventCount = demo.at("/history/events").asInt() + demo.at("/summary/events").asInt();
    assertThat(Files.readAllLines(events)).hasSize(eventCount)
        .first().asString().startsWith("{\"type\":\"ComplaintReceived\"");

    Result exported = run("export", "--events", events.toString(), "--workflow", "mall-ticket");
    assertThat(exported.code()).as(exported.err()).isZero();
    assertThat(exported.err()).isEmpty();
    // the demo's own records, but for the region, which the events do not carry
    List<TicketRecord> demoTickets = records(Files.readString(month.resolve("tickets.jsonl")));
    assertThat(demoTickets).hasSize(demo.at("/history/complaints").asInt() + demo.at("/summary/complaints").asInt());
    assertThat(records(exported.out())).isEqualTo(
        demoTickets.stream().map(t -> t.toBuilder().region(null).build()).toList());

    Path tickets = tmp.resolve("exported.jsonl");
    Result written = run("export", "--events", events.toString(), "--workflow",
        month.resolve("mall-ticket-workflow.json").toString(), "--out", tickets.toString());
    assertThat(written.code()).as(written.err()).isZero();
    assertThat(written.out().strip()).isEqualTo("wrote " + tickets + ": " + demoTickets.size()
        + " ticket records from " + eventCount + " events of " + events);
    assertThat(Files.readString(tickets)).isEqualTo(exported.out());
    try (var files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("exported.jsonl");
    }

    Result score = run("score", "--tickets", tickets.toString(), "--inputs", month.resolve("inputs.json").toString(),
        "--period", demo.get("month").asText(), "--as-of", demo.get("asOf").asText());
    assertThat(score.code()).as(score.err()).isZero();
    JsonNode scored = Json.mapper().readTree(score.out());
    assertThat(scored.get("units")).isEqualTo(demo.at("/scorecards/units"));
    assertThat(scored.get("regions")).isEqualTo(demo.at("/scorecards/regions"));
  }

  @Test
  void complaintsMayBeInterleaved(@TempDir Path tmp) throws IOException {
    List<String> lines = Files.readAllLines(month.resolve("events.jsonl"));
    // move the first complaint's events behind the second's first event
    String first = Json.mapper().readTree(lines.get(0)).get("complaintId").asText();
    List<String> mine = lines.stream().filter(l -> l.contains("\"complaintId\":\"" + first + "\"")).toList();
    List<String> others = lines.stream().filter(l -> !mine.contains(l)).toList();
    List<String> mixed = new ArrayList<>();
    mixed.add(others.get(0));
    mixed.addAll(mine);
    mixed.addAll(others.subList(1, others.size()));
    Path file = tmp.resolve("mixed.jsonl");
    Files.write(file, mixed);
    Result r = run("export", "--events", file.toString(), "--workflow", "mall-ticket");
    assertThat(r.code()).as(r.err()).isZero();
    List<TicketRecord> tickets = records(r.out());
    List<TicketRecord> inOrder = records(run("export", "--events", month.resolve("events.jsonl").toString(),
        "--workflow", "mall-ticket").out());
    assertThat(tickets).hasSameSizeAs(inOrder).containsExactlyInAnyOrderElementsOf(inOrder);
    assertThat(tickets.get(1).id()).isEqualTo(first);
  }

  @Test
  void aBadLineIsNamedAndNothingIsWritten(@TempDir Path tmp) throws IOException {
    List<String> lines = Files.readAllLines(month.resolve("events.jsonl"));
    Path out = tmp.resolve("out.jsonl");
    Files.writeString(out, "old");

    List<String> broken = new ArrayList<>(lines.subList(0, 5));
    broken.set(2, "{\"type\":\"NodeEntered\",");
    assertThat(bad(tmp, broken, out)).startsWith("error: " + tmp.resolve("events.jsonl") + ":3: not a complaint event: ");

    broken = new ArrayList<>(lines.subList(0, 5));
    broken.set(3, broken.get(3).replaceFirst("\"type\":\"[A-Za-z]+\"", "\"type\":\"Teleported\""));
    assertThat(bad(tmp, broken, out)).startsWith("error: " + tmp.resolve("events.jsonl") + ":4: not a complaint event: ")
        .contains("Teleported");

    broken = new ArrayList<>(lines.subList(0, 5));
    broken.remove(2);
    assertThat(bad(tmp, broken, out)).contains(":3: complaint ").contains(": version 4 follows version 2");

    broken = new ArrayList<>(lines.subList(1, 5));
    assertThat(bad(tmp, broken, out)).contains(":1: complaint ").contains("starts with NodeEntered (version 2)");

    broken = new ArrayList<>(lines.subList(0, 5));
    broken.set(1, broken.get(1).replaceFirst("\"version\":2", "\"version\":0"));
    assertThat(bad(tmp, broken, out)).contains(":2: not a valid complaint event: ");

    Path events = tmp.resolve("events.jsonl");
    Files.write(events, lines.subList(0, 5));
    Result unknown = run("export", "--events", events.toString(), "--workflow", "nine-step");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err().strip()).isEqualTo("error: option '--workflow': 'nine-step' is neither a preset (mall-ticket,"
        + " seven-step, retail-plan) nor an existing file");
    Result missing = run("export", "--events", tmp.resolve("none.jsonl").toString(), "--workflow", "mall-ticket");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).startsWith("error: " + tmp.resolve("none.jsonl") + ": cannot read");

    Files.write(events, List.of(new String(new byte[] {(byte) 0xC3, (byte) 0x28}, StandardCharsets.ISO_8859_1)),
        StandardCharsets.ISO_8859_1);
    Result notUtf8 = run("export", "--events", events.toString(), "--workflow", "mall-ticket");
    assertThat(notUtf8.err().strip()).isEqualTo("error: " + events + ":1: cannot read: not valid UTF-8");
    assertThat(Files.readString(out)).isEqualTo("old");
  }

  private static String bad(Path tmp, List<String> lines, Path out) throws IOException {
    Path events = tmp.resolve("events.jsonl");
    Files.write(events, lines);
    Result r = run("export", "--events", events.toString(), "--workflow", "mall-ticket", "--out", out.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).hasSize(1);
    assertThat(Files.readString(out)).isEqualTo("old");
    return r.err().strip();
  }
}
