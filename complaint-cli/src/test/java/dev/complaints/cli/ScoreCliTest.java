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
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: the {@code score} command on a small hand-worked month. */
class ScoreCliTest {

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
    assertThat(doc.at("/units/1/total").asInt()).isEqualTo(65); // B3 MAJOR, never reported: −5 concealed, −5 unreported
    assertThat(doc.at("/units/1/metrics/resolution24h/pending").asInt()).isEqualTo(1);
    assertThat(doc.at("/units/1/metrics/redLights/RED_3").asInt()).isEqualTo(1);
    assertThat(doc.at("/units/2/unit").asText()).isEqualTo("plaza-c");
    assertThat(doc.at("/units/2/total").asInt()).isEqualTo(60);
    assertThat(doc.at("/regions/0/region").asText()).isEqualTo("city-y");
    assertThat(doc.at("/regions/0/rank").asInt()).isEqualTo(1);
    assertThat(doc.at("/regions/1/score").decimalValue()).isEqualByComparingTo("51.50");
    assertThat(doc.at("/regions/1/rank").asInt()).isEqualTo(2);
  }

  @Test
  void textFormatShowsTotalsAndRegions() {
    Result r =
        run("score", "--tickets", resource("month-tickets.jsonl").toString(), "--inputs",
            resource("month-inputs.json").toString(), "--period", "2026-10", "--format", "text");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("plaza-a (city-x): total 38").contains("1. city-y 60.00");
    assertThat(r.out().lines().findFirst()).contains("Scorecards 2026-10 as of 2026-11-01 00:00 +08:00");
    // red lights by level: plaza-a has one RED_1, plaza-b one RED_3
    assertThat(r.out())
        .contains("  tickets 4; 24h resolved 1 of 2 eligible (0 pending); satisfied 1 of 2 visited (1 exempt);"
            + " red lights: RED_1 1, RED_2 0, RED_3 0\n")
        .contains("red lights: RED_1 0, RED_2 0, RED_3 1\n");
  }

  @Test
  void textInChineseNamesItemsLightsAndHeadings() {
    Result r =
        run("score", "--tickets", resource("month-tickets.jsonl").toString(), "--inputs",
            resource("month-inputs.json").toString(), "--period", "2026-10", "--format", "text", "--lang", "zh");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().lines().toList()).startsWith(
        "2026-10 客诉考核得分（截至 2026-11-01 00:00 +08:00）",
        "",
        "plaza-a（city-x）：总分 38",
        "  渠道管理（事前）：7/22 分",
        "    公示规范性       7 / 22  【强管控】公示规范性：3 项问题 × −5 分 → 7/22 分",
        "  过程管理（事中）：35/58 分",
        "    现场受理         3 / 6   现场受理：1 项问题 × −3 分 → 3/6 分");
    assertThat(r.out()).contains("    逾期红灯        15 / 20  【强管控】逾期红灯：")
        .contains("  业务管理（事后）：0/20 分\n    满意度           0 / 20  满意度：")
        .contains("工单 4 起；24小时解决 1/2 起（未到时限 0 起）；满意 1/2 起（免回访 1 起）；红灯：一级红灯 1、二级红灯 0、三级红灯 0")
        .contains("城市公司排名\n  1. city-y 60.00 (plaza-c)");
  }

  @Test
  void textGroupsItemsByDimensionWithSubtotalsAndMarksStrongControl() {
    Result r =
        run("score", "--tickets", resource("month-tickets.jsonl").toString(), "--inputs",
            resource("month-inputs.json").toString(), "--period", "2026-10", "--format", "text");
    assertThat(r.code()).as(r.err()).isZero();
    // plaza-b: 22 | 6 + 2 + 15 + 0 + 10 = 33 of 58 | 20; a RED_3 zeroes the strong-control red lights, and its
    // MAJOR ticket B3, never reported upward, is one concealment finding counted from the tickets
    assertThat(r.out()).contains(String.join("\n",
        "plaza-b (city-x): total 65",
        "  channel management (before): 22 / 22",
        "    publicity       22 / 22  [strong control] channel publicity compliance: no findings → 22 of 22",
        "  process management (during): 33 / 58",
        "    onSite           6 / 6   on-site acceptance: no findings → 6 of 6"))
        .contains("    redLights        0 / 20  [strong control] overdue red lights: 1 RED_3")
        .contains("  business management (after): 20 / 20\n    satisfaction    20 / 20  ");
  }

  @Test
  void jsonSubtotalsPerDimensionAddUpToTheItems() throws Exception {
    Result r = run("score", "--tickets", resource("month-tickets.jsonl").toString(), "--inputs",
        resource("month-inputs.json").toString(), "--period", "2026-10");
    JsonNode doc = Json.mapper().readTree(r.out());
    // plaza-c: publicity 0 | 0 + 0 + 15 + 20 + 10 = 45 | satisfaction 20; total 65 − 5 unreported = 60
    JsonNode c = doc.at("/units/2");
    assertThat(c.at("/unit").asText()).isEqualTo("plaza-c");
    assertThat(c.at("/dimensions").findValuesAsText("dimension")).containsExactly("CHANNEL", "PROCESS", "BUSINESS");
    assertThat(c.at("/dimensions").findValues("points")).extracting(JsonNode::asInt).containsExactly(0, 45, 20);
    assertThat(c.at("/dimensions").findValues("max")).extracting(JsonNode::asInt).containsExactly(22, 58, 20);
    assertThat(c.at("/total").asInt()).isEqualTo(60);
    assertThat(c.at("/items/4/item").asText()).isEqualTo("redLights");
    assertThat(c.at("/items/4/dimension").asText()).isEqualTo("PROCESS");
    assertThat(c.at("/items/4/strongControl").asBoolean()).isTrue();
    assertThat(c.at("/items/6/dimension").asText()).isEqualTo("BUSINESS");
    assertThat(c.at("/items/6/strongControl").asBoolean()).isFalse();
  }

  @Test
  void aMonthIsScoredAsOfItsEndOnceItHasEndedAndAsOfNowBefore() throws Exception {
    String tickets = resource("month-tickets.jsonl").toString();
    String inputs = resource("month-inputs.json").toString();
    // ended: the default is the end of the month, 2026-11-01 00:00 in Shanghai
    Result byDefault = run("score", "--tickets", tickets, "--inputs", inputs, "--period", "2026-10");
    Result atTheEnd = run("score", "--tickets", tickets, "--inputs", inputs, "--period", "2026-10", "--as-of",
        "2026-11-01T00:00:00+08:00");
    assertThat(byDefault.code()).isZero();
    assertThat(byDefault.out()).isEqualTo(atTheEnd.out());
    // in progress: as of now, 31 October 20:00 in Shanghai
    Result now = runAt(TestClocks.at("2026-10-31T12:00:00Z"), "score", "--tickets", tickets, "--inputs", inputs,
        "--period", "2026-10");
    Result atNow = run("score", "--tickets", tickets, "--inputs", inputs, "--period", "2026-10", "--as-of",
        "2026-10-31T20:00:00+08:00");
    assertThat(now.code()).as(now.err()).isZero();
    assertThat(now.out()).isEqualTo(atNow.out()).isNotEqualTo(byDefault.out());
    assertThat(Json.mapper().readTree(now.out()).at("/units/0/metrics/tickets").asInt()).isEqualTo(3);
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
    assertThat(r.err()).startsWith("error: " + file + ":2: field 'stages[0].leftAt': must be an ISO-8601 instant with"
        + " offset such as 2026-10-03T19:10:00+08:00 (found \"yesterday\")");
  }

  @Test
  void periodAndQuarterTogetherAreBadUsage() {
    Result r = run("score", "--tickets", resource("month-tickets.jsonl").toString(), "--period", "2026-10",
        "--quarter", "2026-Q4");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("--period").contains("--quarter");
  }

  @Test
  void helpListsTheOptions() {
    Result r = run("score", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("--tickets", "--inputs", "--period", "--as-of", "--quarter", "--format");
  }

  @Test
  void asOfDecidesWhatIsPending() throws Exception {
    // 2026-10-31 20:00: B2 has been in HANDLING for 4.5 h (pending), A4 is not yet accepted
    Result r = run("score", "--tickets", resource("month-tickets.jsonl").toString(), "--inputs",
        resource("month-inputs.json").toString(), "--period", "2026-10", "--as-of", "2026-10-31T20:00:00+08:00");
    assertThat(r.err()).isEmpty();
    JsonNode doc = Json.mapper().readTree(r.out());
    assertThat(doc.at("/units/0/metrics/tickets").asInt()).isEqualTo(3);
    assertThat(doc.at("/units/1/metrics/resolution24h/pending").asInt()).isEqualTo(1);
    // B2 still pending as of 2026-11-01 15:29; resolved counts do not change, the rate stays 1/1
    Result later = run("score", "--tickets", resource("month-tickets.jsonl").toString(), "--period", "2026-10",
        "--as-of", "2026-11-01T15:30:00+08:00");
    JsonNode d2 = Json.mapper().readTree(later.out());
    assertThat(d2.at("/units/1/metrics/resolution24h/pending").asInt()).as("24 h reached, not resolved").isZero();
    assertThat(d2.at("/units/1/metrics/resolution24h/eligible").asInt()).isEqualTo(2);
    assertThat(d2.at("/units/1/metrics/resolution24h/rate").decimalValue()).isEqualByComparingTo("0.5");
  }

  @Test
  void everyUnitHasExactlyTheSpecFieldsAndItemIds() throws Exception {
    Result r = run("score", "--tickets", resource("month-tickets.jsonl").toString(), "--inputs",
        resource("month-inputs.json").toString(), "--period", "2026-10");
    JsonNode doc = Json.mapper().readTree(r.out());
    assertThat(doc.fieldNames()).toIterable().containsExactly("period", "units", "regions");
    for (JsonNode u : doc.get("units")) {
      assertThat(u.fieldNames()).toIterable()
          .containsExactly("unit", "region", "items", "dimensions", "extraDeductions", "total", "metrics");
      assertThat(u.get("items").findValuesAsText("item"))
          .containsExactly("publicity", "onSite", "answerRate", "resolution24h", "redLights", "concealed",
              "satisfaction");
      for (JsonNode i : u.get("items")) {
        assertThat(i.fieldNames()).toIterable()
            .containsExactly("item", "points", "max", "explanation", "dimension", "strongControl");
      }
      for (JsonNode d : u.get("extraDeductions")) {
        assertThat(d.fieldNames()).toIterable().containsExactly("reason", "points");
      }
      JsonNode m = u.get("metrics");
      assertThat(m.get("resolution24h").fieldNames()).toIterable()
          .containsExactly("eligible", "resolved", "pending", "rate");
      assertThat(m.get("satisfaction").fieldNames()).toIterable()
          .containsExactly("visited", "satisfied", "exempt", "rate");
      assertThat(m.get("redLights").fieldNames()).toIterable().containsExactly("RED_1", "RED_2", "RED_3");
      assertThat(m.get("grades").fieldNames()).toIterable()
          .containsExactly("GENERAL", "SERIOUS", "MAJOR", "CRITICAL");
    }
    for (JsonNode g : doc.get("regions")) {
      assertThat(g.fieldNames()).toIterable().containsExactly("region", "score", "rank");
    }
  }

  @Test
  void badUsageAndUnreadableFilesAreExitTwoWithOneLine(@TempDir Path dir) throws Exception {
    String tickets = resource("month-tickets.jsonl").toString();
    Path badInputs = dir.resolve("inputs.json");
    Files.writeString(badInputs, "[\n {\"unit\": \"plaza-a\", \"period\": \"2026-10\",\n  \"publicityFindings\": -1}\n]\n");
    String[][] cases = {
      {"score", "--tickets", tickets},
      {"score", "--tickets", tickets, "--period", "2026-10", "--as-of", "2026-10-31"},
      {"score", "--tickets", tickets, "--period", "2026-10", "--format", "xml"},
      {"score", "--tickets", dir.resolve("missing.jsonl").toString(), "--period", "2026-10"},
      {"score", "--tickets", tickets, "--inputs", badInputs.toString(), "--period", "2026-10"},
    };
    String[] says = {
      "error: options '--period', '--quarter': give one of them",
      "error: option '--as-of': '2026-10-31' is not an ISO-8601 instant with an offset",
      "error: option '--format': 'xml' is not one of json, text",
      "error: " + dir.resolve("missing.jsonl") + ": cannot read: no such file or directory",
      "error: " + badInputs + ":3: field '[0].publicityFindings': "};
    for (int i = 0; i < cases.length; i++) {
      Result r = run(cases[i]);
      assertThat(r.code()).as(String.join(" ", cases[i])).isEqualTo(2);
      assertThat(r.out()).as(String.join(" ", cases[i])).isEmpty();
      // a usage error that picocli finds is followed by where to find help
      assertThat(r.err().strip().lines()).as(r.err()).hasSize(i == 2 ? 2 : 1).first().asString().startsWith(says[i]);
    }
    assertThat(run(cases[2]).err()).endsWith("try 'complaint-cli score --help'" + System.lineSeparator());
  }

  @Test
  void aTicketTheCalendarsCannotAnswerForNamesFileAndLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("far.jsonl");
    Files.writeString(file,
        "{\"id\":\"F\",\"unit\":\"p\",\"channel\":\"PHONE\",\"category\":\"SAFETY\",\"grade\":\"MAJOR\","
            + "\"acceptedAt\":\"2031-03-02T10:00:00+08:00\",\"stages\":[{\"stage\":\"HANDLING\","
            + "\"enteredAt\":\"2031-03-02T10:00:00+08:00\",\"leftAt\":\"2031-03-03T10:00:00+08:00\"}]}\n");
    Result r = run("score", "--tickets", file.toString(), "--period", "2031-03");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
    assertThat(r.err()).startsWith("error: " + file + ":1: calendar 'cn-national' has holiday data only from"
        + " 2024-01-01 to 2026-12-31; 2031-03-02 (");
  }

  @Test
  void hugeInstantsAndDurationsAreOneLineErrors(@TempDir Path dir) throws Exception {
    String line = "{\"id\":\"H\",\"unit\":\"p\",\"channel\":\"PHONE\",\"category\":\"SAFETY\","
        + "\"grade\":\"GENERAL\",\"acceptedAt\":\"2026-10-05T10:00:00+08:00\",\"stages\":[{\"stage\":\"HANDLING\","
        + "\"enteredAt\":\"2026-10-05T10:00:00+08:00\"}]}";
    Path lateDate = dir.resolve("late.jsonl");
    Files.writeString(lateDate, line + "\n" + line.replace("\"acceptedAt\":\"2026-10-05T10:00:00+08:00\"",
        "\"acceptedAt\":\"+999999999-12-31T23:00:00Z\"") + "\n");
    Path longExtension = dir.resolve("long.jsonl");
    Files.writeString(longExtension, line.replace("\"}]}",
        "\",\"extensions\":[\"PT2562047788015215H\",\"PT2562047788015215H\"]}]}") + "\n");
    Path ok = dir.resolve("ok.jsonl");
    Files.writeString(ok, line + "\n");
    String[][] cases = {
      {"score", "--tickets", lateDate.toString(), "--period", "2026-10"},
      {"score", "--tickets", longExtension.toString(), "--period", "2026-10"},
      {"score", "--tickets", longExtension.toString(), "--quarter", "2026-Q4"},
      {"score", "--tickets", ok.toString(), "--period", "+999999999-12"},
      {"score", "--tickets", ok.toString(), "--quarter", "2026-Q4", "--as-of", "+999999999-12-31T23:59:59Z"},
    };
    String[][] says = {
      {lateDate + ":2: field 'acceptedAt': ", "must be an instant between"},
      {longExtension + ":1: field 'stages[0]': ", "ticket H"},
      {longExtension + ":1: field 'stages[0]': ", "ticket H"},
      {"--period", "+999999999-12"},
      {"--as-of", "+999999999-12-31T23:59:59Z"},
    };
    for (int i = 0; i < cases.length; i++) {
      Result r = run(cases[i]);
      assertThat(r.code()).as(String.join(" ", cases[i])).isEqualTo(2);
      assertThat(r.out()).as(String.join(" ", cases[i])).isEmpty();
      assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
      assertThat(r.err()).startsWith("error: ").contains(says[i]);
    }
  }

  @Test
  void badPeriodIsBadInput() {
    Result r = run("score", "--tickets", resource("month-tickets.jsonl").toString(), "--period", "2026-13");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip()).isEqualTo("error: option '--period': '2026-13' is not a month like 2026-10");
  }
}
