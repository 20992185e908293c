package dev.complaints.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.complaints.core.json.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: the {@code score} command on a small hand-worked month. */
class ScoreCliTest {

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ComplaintCli.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }

  static Path resource(String name) {
    try {
      return Path.of(Objects.requireNonNull(ScoreCliTest.class.getResource("/scoring/" + name), name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void scoresTheHandWorkedMonthExactly() throws Exception {
    Result r =
        run("score", "--tickets", resource("month-tickets.jsonl").toString(), "--inputs",
            resource("month-inputs.json").toString(), "--period", "2026-10");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    JsonNode actual = Json.mapper().readTree(r.out());
    JsonNode expected = Json.mapper().readTree(resource("month-expected.json").toFile());
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void handWorkedNumbers() throws Exception {
    Result r =
        run("score", "--tickets", resource("month-tickets.jsonl").toString(), "--inputs",
            resource("month-inputs.json").toString(), "--period", "2026-10");
    JsonNode doc = Json.mapper().readTree(r.out());
    assertThat(doc.at("/units/0/unit").asText()).isEqualTo("plaza-a");
    assertThat(doc.at("/units/0/total").asInt()).isEqualTo(38);
    assertThat(doc.at("/units/0/metrics/tickets").asInt()).isEqualTo(4);
    assertThat(doc.at("/units/0/metrics/resolution24h/rate").decimalValue()).isEqualByComparingTo("0.5");
    assertThat(doc.at("/units/0/metrics/redLights/RED_1").asInt()).isEqualTo(1);
    assertThat(doc.at("/units/0/metrics/repeatComplaints").asInt()).isEqualTo(1);
    assertThat(doc.at("/units/1/total").asInt()).isEqualTo(75);
    assertThat(doc.at("/units/1/metrics/resolution24h/pending").asInt()).isEqualTo(1);
    assertThat(doc.at("/units/1/metrics/redLights/RED_3").asInt()).isEqualTo(1);
    assertThat(doc.at("/units/2/unit").asText()).isEqualTo("plaza-c");
    assertThat(doc.at("/units/2/total").asInt()).isEqualTo(60);
    assertThat(doc.at("/regions/0/region").asText()).isEqualTo("city-y");
    assertThat(doc.at("/regions/0/rank").asInt()).isEqualTo(1);
    assertThat(doc.at("/regions/1/score").decimalValue()).isEqualByComparingTo("56.50");
    assertThat(doc.at("/regions/1/rank").asInt()).isEqualTo(2);
  }

  @Test
  void textFormatShowsTotalsAndRegions() {
    Result r =
        run("score", "--tickets", resource("month-tickets.jsonl").toString(), "--inputs",
            resource("month-inputs.json").toString(), "--period", "2026-10", "--format", "text");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("plaza-a (city-x): total 38").contains("1. city-y 60.00");
  }

  @Test
  void malformedLineStopsWithFileLineAndFieldAndNoOutput(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.jsonl");
    Files.writeString(
        file,
        Files.readAllLines(resource("month-tickets.jsonl")).get(0)
            + "\n"
            + "{\"id\":\"X\",\"unit\":\"plaza-a\",\"channel\":\"PHONE\",\"category\":\"C\",\"grade\":\"GENERAL\","
            + "\"acceptedAt\":\"2026-10-02T10:00:00+08:00\",\"stages\":[{\"stage\":\"GRADING\","
            + "\"enteredAt\":\"2026-10-02T10:00:00+08:00\",\"leftAt\":\"yesterday\"}]}\n");
    Result r = run("score", "--tickets", file.toString(), "--period", "2026-10");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).contains(file.toString()).contains("line 2").contains("stages[0].leftAt");
  }

  @Test
  void quarterIsReportedWhenNotAvailable() {
    Result r = run("score", "--tickets", resource("month-tickets.jsonl").toString(), "--quarter", "2026-Q4");
    assertThat(r.code()).isIn(0, 2);
  }

  @Test
  void badPeriodIsBadInput() {
    Result r = run("score", "--tickets", resource("month-tickets.jsonl").toString(), "--period", "2026-13");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("--period");
  }
}
