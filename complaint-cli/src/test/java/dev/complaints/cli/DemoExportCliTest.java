package dev.complaints.cli;

import static dev.complaints.cli.ScoreCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.complaints.core.json.Json;
import dev.complaints.cli.ScoreCliTest.Result;
import dev.complaints.cli.demo.DemoExport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demo --export DIR}, then every other command on the files it wrote, as a new user would. */
class DemoExportCliTest {
  static final List<String> FILES = List.of("tickets.jsonl", "inputs.json", "events.jsonl", "mall-hours.json",
      "cn-national.json", "mall-ticket-workflow.json", "mall-ticket-policy.json", "mall-scorecard-rubric.json");

  static List<String> listing(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  static Map<String, Integer> totals(JsonNode scorecards) {
    Map<String, Integer> totals = new LinkedHashMap<>();
    for (JsonNode u : scorecards.get("units")) {
      totals.put(u.get("unit").asText(), u.get("total").asInt());
    }
    return totals;
  }

  @Test
  void everyCommandRunsOnTheExportedFiles(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("demo-month");
    Result demo = run("demo", "--json", "--seed", "31", "--export", dir.toString());
    assertThat(demo.code()).as(demo.err()).isZero();
    JsonNode doc = Json.mapper().readTree(demo.out());
    String month = doc.get("month").asText();
    String asOf = doc.get("asOf").asText();
    assertThat(listing(dir)).containsExactlyInAnyOrderElementsOf(FILES);
    // with --json the line about the export goes to standard error: standard output stays one document
    assertThat(demo.err().lines().toList()).singleElement(InstanceOfAssertFactories.STRING)
        .startsWith("exported tickets.jsonl (" + (doc.at("/history/complaints").asInt()
            + doc.at("/summary/complaints").asInt()) + " tickets), inputs.json (6 units, 2 months)")
        .contains(" to " + dir, "--period " + month + " --as-of " + asOf);

    Result score = run("score", "--tickets", dir.resolve("tickets.jsonl").toString(),
        "--inputs", dir.resolve("inputs.json").toString(), "--period", month, "--as-of", asOf);
    assertThat(score.code()).as(score.err()).isZero();
    assertThat(score.err()).isEmpty();
    JsonNode scored = Json.mapper().readTree(score.out());
    JsonNode demoCards = doc.get("scorecards");
    Map<String, Integer> demoTotals = totals(demoCards);
    assertThat(demoTotals).hasSize(6);
    assertThat(totals(scored)).isEqualTo(demoTotals);
    assertThat(scored.get("units")).isEqualTo(demoCards.get("units"));
    assertThat(scored.get("regions")).isEqualTo(demoCards.get("regions"));

    // the rubric file gives the same scores as the built-in preset
    Result withRubric = run("score", "--tickets", dir.resolve("tickets.jsonl").toString(),
        "--inputs", dir.resolve("inputs.json").toString(), "--period", month, "--as-of", asOf,
        "--rubric", dir.resolve("mall-scorecard-rubric.json").toString());
    assertThat(withRubric.code()).as(withRubric.err()).isZero();
    assertThat(totals(Json.mapper().readTree(withRubric.out()))).isEqualTo(demoTotals);

    for (String[] v : new String[][] {
        {"--workflow", "mall-ticket-workflow.json", "valid workflow definition"},
        {"--calendar", "mall-hours.json", "valid calendar"},
        {"--calendar", "cn-national.json", "valid calendar"},
        {"--policy", "mall-ticket-policy.json", "valid SLA policy"},
        {"--rubric", "mall-scorecard-rubric.json", "valid rubric"}}) {
      Path file = dir.resolve(v[1]);
      Result valid = run("validate", v[0], file.toString());
      assertThat(valid.code()).as(v[1] + ": " + valid.out() + valid.err()).isZero();
      assertThat(valid.out().strip()).isEqualTo(file + ": " + v[2]);
      assertThat(valid.err()).isEmpty();
    }

    // hand-worked: 19:30 + 1 h of opening hours = 30 min that evening and 30 min from 10:00 the next morning
    Result deadline = run("deadline", "--calendar", dir.resolve("mall-hours.json").toString(),
        "--start", "2026-10-03T19:30:00+08:00", "--limit", "PT1H");
    assertThat(deadline.code()).as(deadline.err()).isZero();
    assertThat(deadline.out().strip()).isEqualTo("2026-10-04 10:30 +08:00");
    // five national working days from 29 September run past the National Day week
    Result workingDays = run("deadline", "--calendar", dir.resolve("cn-national.json").toString(),
        "--start", "2026-09-29T11:00:00+08:00", "--working-days", "5");
    assertThat(workingDays.code()).as(workingDays.err()).isZero();
    assertThat(workingDays.out().strip()).isEqualTo("2026-10-13 00:00 +08:00");
    Result elapsed = run("elapsed", "--calendar", dir.resolve("mall-hours.json").toString(),
        "--from", "2026-10-01T19:00:00+08:00", "--to", "2026-10-02T11:00:00+08:00");
    assertThat(elapsed.out().strip()).isEqualTo("PT2H");
  }

  @Test
  void textOutputEndsWithTheExportLineAndFilesAreReplacedWhole(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("tickets.jsonl"), "stale content that is not a ticket\n");
    Files.writeString(dir.resolve("notes.txt"), "mine");
    Result r = run("demo", "--seed", "5", "--export", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).startsWith("Complaint handling demo: simulated month 2026-10, seed 5");
    assertThat(lines.get(lines.size() - 1)).startsWith("exported tickets.jsonl (")
        .contains("mall-hours.json, cn-national.json, mall-ticket-workflow.json, mall-ticket-policy.json,"
            + " mall-scorecard-rubric.json to ")
        .contains("--period 2026-10 --as-of 2026-10-31T16:30:00+08:00");
    // the stale file was replaced, the user's own file left alone, no temporary files remain
    // the month before comes first, then the month
    assertThat(Files.readString(dir.resolve("tickets.jsonl"))).startsWith("{\"id\":\"C-202609-")
        .contains("{\"id\":\"C-202610-").doesNotContain("stale");
    assertThat(Files.readString(dir.resolve("notes.txt"))).isEqualTo("mine");
    assertThat(listing(dir)).containsExactlyInAnyOrderElementsOf(
        Stream.concat(FILES.stream(), Stream.of("notes.txt")).toList());
    assertThat(DemoExport.fileNames()).isEqualTo(FILES);
    if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
      // exported files get the permissions of any new file, not those of a private temporary file
      Path plain = Files.createFile(dir.resolve("plain"));
      assertThat(Files.getPosixFilePermissions(dir.resolve("inputs.json")))
          .isEqualTo(Files.getPosixFilePermissions(plain));
      Files.delete(plain);
    }

    // the same seed exports the same bytes
    Path again = dir.resolve("again");
    assertThat(run("demo", "--seed", "5", "--export", again.toString()).code()).isZero();
    for (String f : FILES) {
      assertThat(Files.readString(again.resolve(f))).as(f).isEqualTo(Files.readString(dir.resolve(f)));
    }
  }

  @Test
  void aDirectoryThatCannotTakeTheExportIsRefusedBeforeAnythingIsWritten(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("a-file");
    Files.writeString(file, "x");
    Result notDir = run("demo", "--export", file.toString());
    assertThat(notDir.code()).isEqualTo(ComplaintCli.BAD_INPUT);
    assertThat(notDir.out()).isEmpty();
    assertThat(notDir.err().strip())
        .isEqualTo("error: option '--export': '" + file + "' exists and is not a directory");
    assertThat(Files.readString(file)).isEqualTo("x");

    Path dir = tmp.resolve("out");
    Files.createDirectories(dir.resolve("inputs.json"));
    Result inTheWay = run("demo", "--json", "--export", dir.toString());
    assertThat(inTheWay.code()).isEqualTo(ComplaintCli.BAD_INPUT);
    assertThat(inTheWay.out()).isEmpty();
    assertThat(inTheWay.err().strip()).isEqualTo(
        "error: option '--export': '" + dir.resolve("inputs.json") + "' exists and is not a regular file; not replacing it");
    assertThat(listing(dir)).containsExactly("inputs.json");

    Path below = file.resolve("sub");
    Result underAFile = run("demo", "--export", below.toString());
    assertThat(underAFile.code()).isEqualTo(ComplaintCli.BAD_INPUT);
    assertThat(underAFile.out()).isEmpty();
    assertThat(underAFile.err().strip()).isEqualTo(
        "error: option '--export': '" + file + "' is not a directory, so '" + below + "' cannot be created");

    Result empty = run("demo", "--export", "");
    assertThat(empty.code()).isEqualTo(ComplaintCli.BAD_INPUT);
    assertThat(empty.err().strip()).isEqualTo("error: option '--export': the directory name is empty");
  }

  @Test
  void helpDescribesTheExport() {
    Result help = run("demo", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("--export=DIR", "tickets.jsonl", "inputs.json", "mall-hours.json",
        "cn-national.json", "mall-ticket-workflow.json", "mall-ticket-policy.json", "mall-scorecard-rubric.json");
  }
}
