package dev.complaints.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.complaints.core.json.Json;
import dev.complaints.cli.DeadlineCommandTest.Run;
import dev.complaints.scoring.rubric.Rubrics;
import dev.complaints.sla.policy.SlaPolicies;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs: files too large, endless files, lines too long, repeated fields, numbers out of range, bytes
 * that are not UTF-8, unreadable files and huge option values each end in one short error line and exit 2 (or
 * exit 1 with the problem from {@code validate}), never a stack trace, a hang or running out of memory.
 */
class HostileInputCliTest {
  private static final long FILE_LIMIT = 16L << 20;
  private static final int LINE_LIMIT = 1 << 20;
  private static final String START = "2026-10-05T09:00:00+08:00";

  private static Run run(String... args) {
    return DeadlineCommandTest.run(args);
  }

  private static Path tickets() {
    return ScoreCliTest.resource("month-tickets.jsonl");
  }

  /** A file of the given size that takes no space on disk (nothing is written). */
  private static Path sparse(Path file, long size) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(size);
    }
    return file;
  }

  /** The error output is one line. */
  private static void oneLine(Run r) {
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).doesNotContain("Exception", "\tat ");
  }

  // ---- 1. size limits --------------------------------------------------------------------------------

  @Test
  void aDefinitionFileOverTheLimitIsRefusedNamingFileAndLimit(@TempDir Path dir) throws IOException {
    Path big = sparse(dir.resolve("big-policy.json"), FILE_LIMIT + 1);
    for (String[] args : new String[][] {
        {"validate", "--policy", big.toString()},
        {"score", "--tickets", tickets().toString(), "--period", "2026-10", "--policy", big.toString()},
        {"score", "--tickets", tickets().toString(), "--period", "2026-10", "--rubric", big.toString()},
        {"deadline", "--calendar", big.toString(), "--start", START, "--limit", "PT1H"},
        {"validate", "--workflow", big.toString()}}) {
      Run r = run(args);
      assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.err()).startsWith("error: " + big + ": file is too large (" + (FILE_LIMIT + 1) + " bytes)")
          .contains("the limit is 16 MiB (16777216 bytes)");
      oneLine(r);
    }
  }

  @Test
  void aFileAtTheLimitIsRead(@TempDir Path dir) throws IOException {
    // exactly at the limit: read (and then refused as JSON, not for its size)
    Path edge = sparse(dir.resolve("edge.json"), FILE_LIMIT);
    Run r = run("validate", "--policy", edge.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).doesNotContain("too large").contains("not valid JSON");
  }

  @Test
  void anInputsFileOverTheLimitIsRefused(@TempDir Path dir) throws IOException {
    Path big = sparse(dir.resolve("inputs.json"), FILE_LIMIT + 1);
    Run r = run("score", "--tickets", tickets().toString(), "--inputs", big.toString(), "--period", "2026-10");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: " + big + ": file is too large").contains("16 MiB");
    assertThat(r.out()).isEmpty();
    oneLine(r);
  }

  @Test
  void aTicketLineOverTheLimitIsRefusedNamingFileLineAndLimit(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("tickets.jsonl");
    String first = Files.readAllLines(tickets()).get(0);
    Files.writeString(file, first + "\n" + "x".repeat(LINE_LIMIT + 1) + "\n" + first + "\n");
    Run r = run("score", "--tickets", file.toString(), "--period", "2026-10");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: " + file + ":2: line is longer than the limit of 1048576 characters"
        + " (1 MiB)" + System.lineSeparator());
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aTicketLineAtTheLimitIsParsedAsJson(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("tickets.jsonl");
    Files.writeString(file, "x".repeat(LINE_LIMIT) + "\n");
    Run r = run("score", "--tickets", file.toString(), "--period", "2026-10");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).doesNotContain("longer than the limit").contains("not valid JSON");
  }

  @Test
  void aBatchLineOverTheLimitIsAnsweredWithAnErrorAndEndsTheInput() {
    String in = "x".repeat(LINE_LIMIT + 1) + "\n{\"start\":\"" + START + "\",\"limit\":\"PT1H\"}\n";
    Run r = DeadlineCommandTest.runWithInput(in, "deadline", "--calendar", DeadlineCommandTest.resource(
        "mall-hours.json"), "--batch");
    assertThat(r.code()).isEqualTo(2);
    // the rest of a line that long may never end: the answer says so and reading stops
    assertThat(r.lines()).singleElement().asString()
        .contains("line 1: line is longer than the limit of 1048576 characters (1 MiB)", "not read");
  }

  // ---- 2. endless and non-regular files --------------------------------------------------------------

  @Test
  void anEndlessCalendarFileIsRefusedAtOnce() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "no /dev/zero here");
    Run r = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> run("deadline", "--calendar", zero.toString(), "--start", START, "--limit", "PT1H"));
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: /dev/zero: cannot read: not a regular file (a device, pipe or socket);"
        + " give a file of at most 16 MiB (16777216 bytes)" + System.lineSeparator());
  }

  @Test
  void anEndlessTicketsFileEndsAtTheLineLimit() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "no /dev/zero here");
    Run r = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> run("score", "--tickets", zero.toString(), "--period", "2026-10"));
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("/dev/zero:1: line is longer than the limit of 1048576 characters");
  }

  // ---- 3. repeated fields ----------------------------------------------------------------------------

  @Test
  void aBatchLineRepeatingAFieldIsRefusedNamingIt() {
    String in = "{\"start\":\"" + START + "\",\"limit\":\"PT1H\",\"limit\":\"PT2H\"}\n"
        + "{\"from\":\"" + START + "\",\"to\":\"" + START + "\",\"to\":\"2026-10-05T10:00:00+08:00\"}\n";
    Run d = DeadlineCommandTest.runWithInput(in.lines().findFirst().orElseThrow(), "deadline", "--calendar",
        DeadlineCommandTest.resource("mall-hours.json"), "--batch");
    assertThat(d.code()).isEqualTo(2);
    assertThat(d.lines()).singleElement().asString().contains("line 1:", "Duplicate field 'limit'")
        .doesNotContain("deadline");
    Run e = DeadlineCommandTest.runWithInput(in.lines().skip(1).findFirst().orElseThrow(), "elapsed",
        "--calendar", DeadlineCommandTest.resource("mall-hours.json"), "--batch");
    assertThat(e.code()).isEqualTo(2);
    assertThat(e.lines()).singleElement().asString().contains("line 1:", "Duplicate field 'to'")
        .doesNotContain("elapsed");
  }

  @Test
  void inputsRepeatingAFieldAreRefused(@TempDir Path dir) throws IOException {
    Path inputs = dir.resolve("inputs.json");
    String text = Files.readString(ScoreCliTest.resource("month-inputs.json"));
    Files.writeString(inputs, text.replaceFirst("\"unit\"", "\"unit\": \"plaza-z\", \"unit\""));
    Run r = run("score", "--tickets", tickets().toString(), "--inputs", inputs.toString(), "--period", "2026-10");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: " + inputs).contains("unit");
    assertThat(r.out()).isEmpty();
  }

  // ---- 4. numbers out of range -----------------------------------------------------------------------

  @Test
  void anAlertFractionOutOfRangeNamesFilePathAndWhatIsAllowed(@TempDir Path dir) throws IOException {
    Path policy = dir.resolve("policy.json");
    String json = SlaPolicies.toJsonString(SlaPolicies.mallTicket());
    String broken = json.replaceFirst("\"red3\"\\s*:\\s*[0-9.]+", "\"red3\": 1e400");
    assertThat(broken).isNotEqualTo(json).contains("1e400");
    Files.writeString(policy, broken);

    Run v = run("validate", "--policy", policy.toString());
    assertThat(v.code()).isEqualTo(1);
    assertThat(v.out()).contains(policy + ": field 'alerts.red3': must be a number between 0 and 1000 (found 1E+400)");

    Run s = run("score", "--tickets", tickets().toString(), "--period", "2026-10", "--policy", policy.toString());
    assertThat(s.code()).isEqualTo(2);
    assertThat(s.err()).startsWith("error: " + policy).contains("field 'alerts.red3'", "must be a number between 0 and 1000")
        .doesNotContain("neither a decimal digit");
    oneLine(s);
  }

  @Test
  void aHugeButFiniteAlertFractionIsOutOfRangeToo(@TempDir Path dir) throws IOException {
    Path policy = dir.resolve("policy.json");
    String json = SlaPolicies.toJsonString(SlaPolicies.mallTicket());
    Files.writeString(policy, json.replaceFirst("\"red3\"\\s*:\\s*[0-9.]+", "\"red3\": 1" + "0".repeat(400)));
    Run v = run("validate", "--policy", policy.toString());
    assertThat(v.code()).isEqualTo(1);
    assertThat(v.out()).contains("field 'alerts.red3': must be a number between 0 and 1000 (found a number of 401 digits)");
  }

  @Test
  void aRubricThresholdOutOfRangeNamesFileAndPath(@TempDir Path dir) throws IOException {
    Path rubric = dir.resolve("rubric.json");
    String json = Json.mapper().writeValueAsString(Rubrics.toJson(Rubrics.mallScorecard()));
    String broken = json.replaceFirst("\"atLeast\"\\s*:\\s*[0-9.]+", "\"atLeast\": 1e400");
    assertThat(broken).isNotEqualTo(json);
    Files.writeString(rubric, broken);

    Run v = run("validate", "--rubric", rubric.toString());
    assertThat(v.code()).isEqualTo(1);
    assertThat(v.out()).containsPattern("\\.tiers\\[0]\\.atLeast': must be a number between 0 and 1"
        + " \\(found 1E\\+400\\)");

    Run s = run("score", "--tickets", tickets().toString(), "--period", "2026-10", "--rubric", rubric.toString());
    assertThat(s.code()).isEqualTo(2);
    assertThat(s.err()).startsWith("error: " + rubric).contains("atLeast", "must be a number between 0 and 1");
  }

  // ---- 5. not UTF-8 ----------------------------------------------------------------------------------

  @Test
  void aDefinitionFileThatIsNotUtf8NamesFileAndLine(@TempDir Path dir) throws IOException {
    Path policy = dir.resolve("policy.json");
    byte[] head = "{\n  \"id\": \"mall-".getBytes(StandardCharsets.UTF_8);
    byte[] tail = "\"\n}\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xFF;
    System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
    Files.write(policy, bytes);

    Run v = run("validate", "--policy", policy.toString());
    assertThat(v.code()).isEqualTo(2);
    assertThat(v.err()).isEqualTo("error: " + policy + ":2: not valid UTF-8 (save the file as UTF-8)"
        + System.lineSeparator());

    Run d = run("deadline", "--calendar", policy.toString(), "--start", START, "--limit", "PT1H");
    assertThat(d.code()).isEqualTo(2);
    assertThat(d.err()).contains(policy + ":2: not valid UTF-8").doesNotContain("Input length");
  }

  // ---- 6. unreadable files say why -------------------------------------------------------------------

  @Test
  void unreadableFilesSayWhy(@TempDir Path dir) throws IOException {
    Path missing = dir.resolve("missing.jsonl");
    Run r = run("score", "--tickets", missing.toString(), "--period", "2026-10");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: " + missing + ": cannot read: no such file or directory" + System.lineSeparator());

    r = run("score", "--tickets", dir.toString(), "--period", "2026-10");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: " + dir + ": cannot read: is a directory, not a file"
        + System.lineSeparator());

    r = run("score", "--tickets", tickets().toString(), "--inputs", missing.toString(), "--period", "2026-10");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: " + missing + ": cannot read: no such file or directory" + System.lineSeparator());

    r = run("validate", "--rubric", missing.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: " + missing + ": cannot read: no such file or directory" + System.lineSeparator());
  }

  @Test
  void aFileWithoutReadPermissionSaysSo(@TempDir Path dir) throws IOException {
    Path locked = Files.writeString(dir.resolve("locked.jsonl"), "");
    try {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    } catch (UnsupportedOperationException e) {
      assumeTrue(false, "no POSIX permissions here");
    }
    assumeTrue(!Files.isReadable(locked), "running with rights that ignore permissions");
    Run r = run("score", "--tickets", locked.toString(), "--period", "2026-10");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: " + locked + ": cannot read: permission denied" + System.lineSeparator());
    r = run("validate", "--policy", locked.toString());
    assertThat(r.err()).isEqualTo("error: " + locked + ": cannot read: permission denied" + System.lineSeparator());
  }

  // ---- 7. long values are cut ------------------------------------------------------------------------

  @Test
  void aHugeOptionValueIsCutInTheMessage() {
    String huge = "9".repeat(100_000);
    Run r = run("deadline", "--calendar", DeadlineCommandTest.resource("mall-hours.json"), "--start", huge,
        "--limit", "PT1H");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: option '--start': '" + "9".repeat(80) + "… (100000 characters)'")
        .hasSizeLessThan(400);

    r = run("score", "--tickets", tickets().toString(), "--period", "2026-10", "--as-of", huge);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("… (100000 characters)").hasSizeLessThan(400);

    // picocli's own errors too
    r = run("deadline", "--calendar", DeadlineCommandTest.resource("mall-hours.json"), "--start", START,
        "--working-days", huge);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("… (100000 characters)").hasSizeLessThan(600);
  }

  @Test
  void aHugeValueWithSpacesIsCutToo() {
    String huge = "ab ".repeat(30_000);
    Run r = run("deadline", "--calendar", DeadlineCommandTest.resource("mall-hours.json"), "--start", START,
        "--limit", huge);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("… (90000 characters)").hasSizeLessThan(400);
  }

  @Test
  void aHugeBatchFieldIsCutInItsAnswer() {
    String in = "{\"start\":\"" + "7".repeat(50_000) + "\",\"limit\":\"PT1H\"}\n";
    Run r = DeadlineCommandTest.runWithInput(in, "deadline", "--calendar",
        DeadlineCommandTest.resource("mall-hours.json"), "--batch");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).contains("… (50000 characters)").hasSizeLessThan(400);
  }
}
