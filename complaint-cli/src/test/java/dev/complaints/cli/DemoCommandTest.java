package dev.complaints.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.complaints.core.json.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The {@code demo} command as a user runs it. */
class DemoCommandTest {

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ComplaintCli.run(TestClocks.AFTER_THE_DATA, new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void demoWithoutArgumentsPrintsTheBoardAndTheScorecards() {
    long start = System.nanoTime();
    Result r = run("demo");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat((System.nanoTime() - start) / 1_000_000_000L).isLessThan(60);
    assertThat(r.out())
        .contains("simulated month 2026-10, seed " + DemoCommand.DEFAULT_SEED)
        .contains("SLA board at 2026-10-31 16:30")
        .contains("LIGHT", "RETURN_VISIT", "HANDLING")
        .contains("Scorecards 2026-10")
        .contains("plaza-01 (city-a): total", "plaza-06 (city-c): total")
        .contains("24-hour resolution rate", "overdue red lights", "satisfaction rate")
        .contains("Regions");
    assertThat(r.out()).containsPattern("(RED_1|RED_2|RED_3|YELLOW) +C-202610-\\d{4}");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void sameSeedSameMonthDifferentSeedDifferentMonth() {
    Result a = run("demo", "--seed", "7");
    Result b = run("demo", "--seed", "7");
    Result c = run("demo", "--seed", "8");
    assertThat(a.code()).isZero();
    assertThat(c.code()).isZero();
    assertThat(a.out()).isEqualTo(b.out());
    assertThat(c.out()).isNotEqualTo(a.out());
    assertThat(c.out()).contains("seed 8");
  }

  @Test
  void jsonIsOneDocumentWithTheExpectedFields() throws Exception {
    Result r = run("demo", "--json", "--seed", "11");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode root = Json.mapper().readTree(r.out());
    assertThat(root.fieldNames()).toIterable()
        .contains("seed", "month", "asOf", "zone", "summary", "board", "inputs", "scorecards");
    assertThat(root.get("seed").asLong()).isEqualTo(11);
    assertThat(root.get("month").asText()).isEqualTo("2026-10");
    assertThat(root.get("asOf").asText()).isEqualTo("2026-10-31T16:30:00+08:00");
    assertThat(root.get("summary").get("complaints").asInt()).isBetween(150, 600);
    assertThat(root.get("board").isArray()).isTrue();
    JsonNode first = root.get("board").get(0);
    assertThat(first.fieldNames()).toIterable()
        .contains("complaintId", "unit", "region", "node", "grade", "state", "level", "deadline", "elapsed", "limit");
    JsonNode cards = root.get("scorecards");
    assertThat(cards.get("period").asText()).isEqualTo("2026-10");
    assertThat(cards.get("units")).hasSize(6);
    JsonNode unit = cards.get("units").get(0);
    assertThat(unit.fieldNames()).toIterable().contains("unit", "region", "items", "extraDeductions", "total", "metrics");
    assertThat(unit.get("items")).extracting(i -> i.get("item").asText())
        .contains("publicity", "onSite", "answerRate", "resolution24h", "redLights", "concealed", "satisfaction");
    assertThat(cards.get("regions")).hasSize(3);
  }

  @Test
  void helpAndBadOptions() {
    Result help = run("demo", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("--seed", "--json", "--month", "Usage: complaint-cli demo");

    Result badSeed = run("demo", "--seed", "abc");
    assertThat(badSeed.code()).isEqualTo(ComplaintCli.BAD_INPUT);
    assertThat(badSeed.err()).contains("--seed");

    Result badMonth = run("demo", "--month", "October");
    assertThat(badMonth.code()).isEqualTo(ComplaintCli.BAD_INPUT);
    assertThat(badMonth.err()).contains("--month").contains("YYYY-MM");

    Result uncovered = run("demo", "--month", "2031-05");
    assertThat(uncovered.code()).isEqualTo(ComplaintCli.BAD_INPUT);
    assertThat(uncovered.err()).contains("2031-05").contains("2026-12-31", "--unknown-years weekly");
    assertThat(uncovered.out()).isEmpty();
  }
}
