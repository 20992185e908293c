package dev.complaints.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.complaints.core.json.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
    return runAt(TestClocks.AFTER_THE_DATA, args);
  }

  static Result runAt(Clock clock, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ComplaintCli.run(clock, new PrintWriter(out), new PrintWriter(err), args);
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
    return quarterAt(TestClocks.AFTER_THE_DATA, extra);
  }

  static Result quarterAt(Clock clock, String... extra) {
    String[] base = {"score", "--tickets", resource("tickets.jsonl"), "--inputs", resource("inputs.json")};
    String[] args = java.util.Arrays.copyOf(base, base.length + extra.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return runAt(clock, args);
  }

  @Test
  void aPastQuarterIsScoredAsOfItsEndByDefault() {
    Result byDefault = quarter("--quarter", "2026-Q4");
    Result atTheEnd = quarter("--quarter", "2026-Q4", "--as-of", "2027-01-01T00:00:00+08:00");
    assertThat(byDefault.code()).as(byDefault.err()).isZero();
    assertThat(byDefault.out()).isEqualTo(atTheEnd.out());
    // the text says as of when, in the one format of instants
    assertThat(quarter("--quarter", "2026-Q4", "--format", "text").out().lines().findFirst())
        .contains("2026-Q4 quarterly scores (as of 2027-01-01 00:00 +08:00)");
  }

  @Test
  void theCurrentQuarterIsScoredAsOfNowNotAsOfItsFutureEnd() throws Exception {
    // now: 5 December 2026, 09:00 in Shanghai
    Clock december = TestClocks.at("2026-12-05T01:00:00Z");
    Result byDefault = quarterAt(december, "--quarter", "2026-Q4");
    assertThat(byDefault.code()).as(byDefault.err()).isZero();
    assertThat(Json.mapper().readTree(byDefault.out()).at("/asOf").asText()).isEqualTo("2026-12-05T09:00+08:00");
    Result asOfNow = quarter("--quarter", "2026-Q4", "--as-of", "2026-12-05T09:00:00+08:00");
    assertThat(byDefault.out()).isEqualTo(asOfNow.out());
    assertThat(byDefault.out()).isNotEqualTo(quarter("--quarter", "2026-Q4").out());
    // the quarter's months scored as of the same instant as the month on its own
    Result decemberAlone = runAt(december, "score", "--tickets", resource("tickets.jsonl"), "--inputs",
        resource("inputs.json"), "--period", "2026-12");
    assertThat(Json.mapper().readTree(decemberAlone.out()).at("/units/0/total").asInt())
        .isEqualTo(Json.mapper().readTree(byDefault.out()).at("/units/1/monthly/2026-12").asInt());
  }

  @Test
  void aQuarterThatHasNotBegunNeedsAsOf() {
    Result future = quarterAt(TestClocks.at("2026-12-05T01:00:00Z"), "--quarter", "2027-Q1");
    assertThat(future.code()).isEqualTo(ComplaintCli.BAD_INPUT);
    assertThat(future.out()).isEmpty();
    assertThat(future.err().strip()).isEqualTo("error: option '--quarter': 2027-Q1 begins 2027-01-01 00:00 +08:00,"
        + " after now (2026-12-05 09:00 +08:00); give --as-of to report as of another instant");
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
    assertOneLineError(quarter, malformed + ":2: field 'stages[0].leftAt': ");
    assertThat(quarter.err())
        .isEqualTo(run("score", "--tickets", malformed.toString(), "--inputs", inputs, "--period", "2026-10").err());

    Path badInputs = dir.resolve("inputs.json");
    Files.writeString(badInputs, "[\n {\"unit\": \"plaza-a1\", \"period\": \"2026-10\",\n  \"publicityFindings\": -1}\n]\n");
    String tickets = resource("tickets.jsonl");
    quarter = run("score", "--tickets", tickets, "--inputs", badInputs.toString(), "--quarter", "2026-Q4");
    assertOneLineError(quarter, badInputs + ":3: field '[0].publicityFindings': ");
    assertThat(quarter.err())
        .isEqualTo(run("score", "--tickets", tickets, "--inputs", badInputs.toString(), "--period", "2026-10").err());

    // a visit in 2031, beyond the years the national working days cover, on line 3
    Path far = dir.resolve("far.jsonl");
    Files.writeString(far, good.get(0) + "\n\n" + untimable("F", "2031-03-02") + "\n");
    quarter = run("score", "--tickets", far.toString(), "--quarter", "2031-Q1");
    assertOneLineError(quarter, far + ":3: ", "2031-03-02", "2024-01-01 to 2026-12-31");
    assertThat(quarter.err()).isEqualTo(run("score", "--tickets", far.toString(), "--period", "2031-03").err());

    // a ticket of an earlier year that only the fines look at (its red lights could fall in any window)
    Path early = dir.resolve("early.jsonl");
    Files.writeString(early, good.get(0) + "\n" + untimable("E", "2023-03-02") + "\n");
    assertOneLineError(run("score", "--tickets", early.toString(), "--quarter", "2026-Q4"),
        early + ":2: ", "2023-03-02", "2024-01-01 to 2026-12-31");
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

  @Test
  void theWorkedQuarterCommendsNobodyUnderTheDefaultRules() throws Exception {
    // the best unit, plaza-b1, scores 93.33 with two red lights; the first region, city-b, 93.33
    JsonNode doc = Json.mapper().readTree(quarter("--quarter", "2026-Q4").out());
    assertThat(doc.at("/commendations").isArray()).isTrue();
    assertThat(doc.at("/commendations")).isEmpty();
    assertThat(quarter("--quarter", "2026-Q4", "--format", "text").out()).endsWith("Commendations\n  none\n");
    assertThat(quarter("--quarter", "2026-Q4", "--format", "text", "--lang", "zh").out()).endsWith("表彰\n  无\n");
  }

  @Test
  void aRewardsFileCommendsWithItsOwnRules() throws Exception {
    // unit at 93 or more with at most 2 red lights: plaza-b1 (93.33, red lights of );
    // region first at 90 or more: city-b (93.33, rank 1 of 2)
    Result r = quarter("--quarter", "2026-Q4", "--rewards", resource("rewards-93.json"));
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode cs = Json.mapper().readTree(r.out()).at("/commendations");
    assertThat(cs).hasSize(2);
    assertThat(cs.at("/0/rule").asText()).isEqualTo("unit-quarter-commendation");
    assertThat(cs.at("/0/unit").asText()).isEqualTo("plaza-b1");
    assertThat(cs.at("/0/region").asText()).isEqualTo("city-b");
    assertThat(cs.at("/0/score").decimalValue()).isEqualByComparingTo("93.33");
    assertThat(cs.at("/0/scoreAtLeast").decimalValue()).isEqualByComparingTo("93");
    assertThat(cs.at("/0/redLights").asInt()).isEqualTo(2);
    assertThat(cs.at("/0/redLightsAtMost").asInt()).isEqualTo(2);
    assertThat(cs.at("/1/rule").asText()).isEqualTo("region-rank-commendation");
    assertThat(cs.at("/1/unit").isNull()).isTrue();
    assertThat(cs.at("/1/region").asText()).isEqualTo("city-b");
    assertThat(cs.at("/1/rank").asInt()).isEqualTo(1);
    assertThat(cs.at("/1/rankAtMost").asInt()).isEqualTo(1);
    // the same in the text, in English and Chinese
    assertThat(quarter("--quarter", "2026-Q4", "--rewards", resource("rewards-93.json"), "--format", "text").out())
        .endsWith("Commendations\n"
            + "  unit plaza-b1 scored 93.33 in 2026-Q4, at least 93, with 2 red lights in the quarter, at most 2:"
            + " commended\n"
            + "  region city-b ranked first (rank 1) in 2026-Q4 with 93.33, at least 90: commended\n");
    assertThat(quarter("--quarter", "2026-Q4", "--rewards", resource("rewards-93.json"), "--format", "text",
            "--lang", "zh").out())
        .endsWith("表彰\n"
            + "  广场 plaza-b1 2026-Q4 季度客诉得分 93.33 分,达到 93 分(含),本季度红灯 2 次,不超过 2 次:予以表彰\n"
            + "  城市公司 city-b 2026-Q4 季度排名第一(第 1 名),得分 93.33 分,达到 90 分(含):予以表彰\n");
    // everything else is as without the file
    JsonNode plain = Json.mapper().readTree(quarter("--quarter", "2026-Q4").out());
    JsonNode withRewards = Json.mapper().readTree(r.out());
    ((com.fasterxml.jackson.databind.node.ObjectNode) plain).remove("commendations");
    ((com.fasterxml.jackson.databind.node.ObjectNode) withRewards).remove("commendations");
    assertThat(withRewards).isEqualTo(plain);
  }

  @Test
  void aBrokenRewardsFileOrOneGivenWithPeriodExitsWith2(@TempDir Path dir) throws Exception {
    Path broken = dir.resolve("rewards.json");
    Files.writeString(broken, "{\"unit\": {\"scoreAtLeast\": -1}}\n");
    Result r = quarter("--quarter", "2026-Q4", "--rewards", broken.toString());
    assertOneLineError(r, "reward ladder");
    assertThat(r.err().strip()).isEqualTo("error: " + broken + ": invalid reward ladder (1 problem): field"
        + " 'unit.scoreAtLeast': must be a number of at least 0 (found -1) (see: validate --rewards " + broken + ")");
    Result period = quarter("--period", "2026-10", "--rewards", resource("rewards-93.json"));
    assertOneLineError(period, "--rewards");
    assertThat(period.err().strip()).isEqualTo("error: option '--rewards': applies to --quarter, not to --period");
  }

  @Test
  void validateChecksARewardsFile(@TempDir Path dir) throws Exception {
    Result ok = run("validate", "--rewards", resource("rewards-93.json"));
    assertThat(ok.code()).isZero();
    assertThat(ok.out().strip()).isEqualTo(resource("rewards-93.json") + ": valid reward ladder");
    Path broken = dir.resolve("rewards.json");
    Files.writeString(broken, "{\"unit\": {\"scoreAtLeast\": \"95\"}, \"region\": {\"rankAtMost\": 0}}\n");
    Result bad = run("validate", "--rewards", broken.toString());
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.out().lines()).containsExactly(
        broken + ": field 'unit.scoreAtLeast': must be a number of at least 0 (found \"95\")",
        broken + ": field 'region.scoreAtLeast': missing required field",
        broken + ": field 'region.rankAtMost': must be an integer of at least 1 (found 0)",
        broken + ": 3 problems");
  }
}
