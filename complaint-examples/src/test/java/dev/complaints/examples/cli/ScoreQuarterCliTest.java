package dev.complaints.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.complaints.core.json.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: {@code score --quarter} on a hand-worked quarter (resources {@code scoring-quarter/}).
 *
 * <pre>
 * unit      region  2026-10                          2026-11                  2026-12             quarter
 * plaza-a1  city-a  100 − 22 (4 publicity) = 78      100 − 5 (1 publicity) = 95  no data (missing)  (78+95)/2 = 86.50
 * plaza-a2  city-a  100 − 22 − 5 (1 concealed) = 73  100 − 22 = 78            100 − 22 = 78       229/3 = 76.33
 * plaza-b1  city-b  100 − 5 (1 RED_1) = 95           100 − 5 (1 RED_1) = 95   100 − 10 = 90       280/3 = 93.33
 * city-a = (86.50 + 76.33) / 2 = 81.415 → 81.42 (rank 2, last, below 90); city-b = 93.33 (rank 1)
 * </pre>
 *
 * <p>Penalties: plaza-a2 below 80 for the first time in 2026 → 0.5 % (unit manager) and 0.5 % (city-a GM);
 * city-a last below 90 for the first time → 0.25 %. Fines: the red light of Q-04 is reached at 10:30 on
 * 2026-10-26 (one business hour from 19:30 on the 25th), so it falls in window 2026-11 with that of Q-07;
 * window 2026-10: 8 publicity + 1 concealed = 9 events × 170 = 1530 yuan; 2026-11: 2 red lights + 5 publicity
 * = 7 × 170 = 1190; 2026-12: 6 publicity = 1020.
 */
class ScoreQuarterCliTest {

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ComplaintCli.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }

  static String resource(String name) {
    try {
      return Path.of(Objects.requireNonNull(
          ScoreQuarterCliTest.class.getResource("/scoring-quarter/" + name), name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Result quarter(String... extra) {
    String[] base = {"score", "--tickets", resource("tickets.jsonl"), "--inputs", resource("inputs.json")};
    String[] args = java.util.Arrays.copyOf(base, base.length + extra.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return run(args);
  }

  @Test
  void printsTheExpectedDocument() throws Exception {
    Result r = quarter("--quarter", "2026-Q4");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    JsonNode actual = Json.mapper().readTree(r.out());
    JsonNode expected = Json.mapper().readTree(Path.of(resource("expected.json")).toFile());
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void handWorkedNumbers() throws Exception {
    JsonNode doc = Json.mapper().readTree(quarter("--quarter", "2026-Q4").out());
    assertThat(doc.at("/quarter").asText()).isEqualTo("2026-Q4");
    assertThat(doc.at("/asOf").asText()).isEqualTo("2027-01-01T00:00+08:00");
    assertThat(doc.at("/units/0/unit").asText()).isEqualTo("plaza-a1");
    assertThat(doc.at("/units/0/score").decimalValue()).isEqualByComparingTo("86.50");
    assertThat(doc.at("/units/0/complete").asBoolean()).isFalse();
    assertThat(doc.at("/units/0/missingMonths/0").asText()).isEqualTo("2026-12");
    assertThat(doc.at("/units/1/score").decimalValue()).isEqualByComparingTo("76.33");
    assertThat(doc.at("/units/1/monthly/2026-10").asInt()).isEqualTo(73);
    assertThat(doc.at("/units/2/score").decimalValue()).isEqualByComparingTo("93.33");
    assertThat(doc.at("/regions/0/region").asText()).isEqualTo("city-b");
    assertThat(doc.at("/regions/1/score").decimalValue()).isEqualByComparingTo("81.42");
    assertThat(doc.at("/regions/1/last").asBoolean()).isTrue();
    assertThat(doc.at("/penalties")).hasSize(3);
    assertThat(doc.at("/penalties/0/rule").asText()).isEqualTo("unit-quarter-below-80");
    assertThat(doc.at("/penalties/0/percentOfBaseSalary").decimalValue()).isEqualByComparingTo("0.5");
    assertThat(doc.at("/penalties/2/rule").asText()).isEqualTo("region-last-below-90");
    assertThat(doc.at("/penalties/2/percentOfBaseSalary").decimalValue()).isEqualByComparingTo("0.25");
    assertThat(doc.at("/fines/0/from").asText()).isEqualTo("2026-09-26");
    assertThat(doc.at("/fines/0/totalCny").decimalValue()).isEqualByComparingTo("1530");
    assertThat(doc.at("/fines/1/totalCny").decimalValue()).isEqualByComparingTo("1190");
    assertThat(doc.at("/fines/2/totalCny").decimalValue()).isEqualByComparingTo("1020");
    assertThat(doc.at("/yearToDate")).hasSize(3);
  }

  @Test
  void textFormatInChinese() {
    Result r = quarter("--quarter", "2026-Q4", "--format", "text", "--lang", "zh");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("2026-Q4").contains("76.33").contains("倒数第一").contains("节点红灯");
  }

  static void assertOneLineError(Result r, String... says) {
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
    assertThat(r.err()).startsWith("error: ").contains(says);
  }

  /** A MAJOR ticket of {@code day} whose HANDLING visit the bundled national working days cannot time. */
  static String untimable(String id, String day) {
    return "{\"id\":\"" + id + "\",\"unit\":\"plaza-a1\",\"channel\":\"PHONE\",\"category\":\"SAFETY\","
        + "\"grade\":\"MAJOR\",\"acceptedAt\":\"" + day + "T10:00:00+08:00\",\"stages\":[{\"stage\":\"HANDLING\","
        + "\"enteredAt\":\"" + day + "T10:00:00+08:00\",\"leftAt\":\"" + day + "T16:00:00+08:00\"}]}";
  }

  @Test
  void badTicketOrInputsLinesGiveTheMonthlyOneLineError(@TempDir Path dir) throws Exception {
    List<String> good = Files.readAllLines(Path.of(resource("tickets.jsonl")));
    String inputs = resource("inputs.json");

    Path malformed = dir.resolve("malformed.jsonl");
    Files.writeString(malformed, good.get(0) + "\n" + good.get(1).replace("\"leftAt\": \"2026-10-13T10:20:00+08:00\"",
        "\"leftAt\": \"yesterday\"") + "\n");
    Result quarter = run("score", "--tickets", malformed.toString(), "--inputs", inputs, "--quarter", "2026-Q4");
    assertOneLineError(quarter, malformed.toString(), "line 2", "stages[0].leftAt");
    assertThat(quarter.err())
        .isEqualTo(run("score", "--tickets", malformed.toString(), "--inputs", inputs, "--period", "2026-10").err());

    Path badInputs = dir.resolve("inputs.json");
    Files.writeString(badInputs, "[\n {\"unit\": \"plaza-a1\", \"period\": \"2026-10\",\n  \"publicityFindings\": -1}\n]\n");
    String tickets = resource("tickets.jsonl");
    quarter = run("score", "--tickets", tickets, "--inputs", badInputs.toString(), "--quarter", "2026-Q4");
    assertOneLineError(quarter, badInputs.toString(), "line 3", "publicityFindings");
    assertThat(quarter.err())
        .isEqualTo(run("score", "--tickets", tickets, "--inputs", badInputs.toString(), "--period", "2026-10").err());

    // a visit in 2031, beyond the years the national working days cover, on line 3
    Path far = dir.resolve("far.jsonl");
    Files.writeString(far, good.get(0) + "\n\n" + untimable("F", "2031-03-02") + "\n");
    quarter = run("score", "--tickets", far.toString(), "--quarter", "2031-Q1");
    assertOneLineError(quarter, far.toString(), "line 3", "$.stages[0]", "ticket F");
    assertThat(quarter.err()).isEqualTo(run("score", "--tickets", far.toString(), "--period", "2031-03").err());

    // a ticket of an earlier year that only the fines look at (its red lights could fall in any window)
    Path early = dir.resolve("early.jsonl");
    Files.writeString(early, good.get(0) + "\n" + untimable("E", "2023-03-02") + "\n");
    assertOneLineError(run("score", "--tickets", early.toString(), "--quarter", "2026-Q4"),
        early.toString(), "line 2", "$.stages[0]", "ticket E");
  }

  @Test
  void badQuarterOrBothOptionsExitWith2() {
    Result bad = quarter("--quarter", "2026-Q5");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.out()).isEmpty();
    assertThat(bad.err()).contains("--quarter").contains("2026-Q5");
    Result both = quarter("--quarter", "2026-Q4", "--period", "2026-10");
    assertThat(both.code()).isEqualTo(2);
    assertThat(both.err()).contains("cannot be combined");
  }
}
