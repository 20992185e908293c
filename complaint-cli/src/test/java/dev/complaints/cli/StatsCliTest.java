package dev.complaints.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.complaints.core.json.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * {@code stats} on a hand-made month (resources {@code stats/}), every number worked out by hand:
 *
 * <pre>
 * id  unit     channel  category          grade     accepted     closed        return visit  subject    location
 * S1  plaza-a  PHONE    SAFETY            GENERAL   09-10 10:00  09-10 20:00   SATISFIED     Tea House  1F-01
 * S2  plaza-a  PHONE    MERCHANT_SERVICE  SERIOUS   10-02 10:00  10-03 12:00   DISSATISFIED  Tea House  1F-01
 * S3  plaza-a  ONLINE   SAFETY            GENERAL   10-05 09:00  10-09 09:00   VERY_SATISFIED Gate 3    B1
 * S4  plaza-a  ON_SITE  SAFETY            MAJOR     10-20 10:00  open          -             Tea House  -
 * S5  plaza-b  EMAIL    PREPAID_CARD      GENERAL   10-08 10:00  10-16 10:00   exempt        Card Desk  2F-10
 * S6  plaza-b  PHONE    PREPAID_CARD      CRITICAL  11-02 10:00  11-02 11:00   -             Card Desk  -
 * </pre>
 *
 * <p>October (as of 2026-11-01 00:00 +08:00): S2 to S5, 4 tickets; visited S2 and S3, satisfied S3 (50 %), S5
 * exempt; grades 2 GENERAL, 1 SERIOUS, 1 MAJOR, 0 CRITICAL; acceptance to close S2 26 h (within 48 h), S3 96 h
 * (within 5 days), S5 8 days (over 5 days), S4 open; Tea House twice, the rest once. plaza-b names no region in
 * its tickets; the inputs give it city-y.
 */
class StatsCliTest {

  record Result(int code, String out, String err) {}

  static Result run(Clock clock, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ComplaintCli.run(clock, new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }

  static String resource(String name) {
    try {
      return Path.of(Objects.requireNonNull(StatsCliTest.class.getResource("/stats/" + name), name).toURI())
          .toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Result stats(Clock clock, String... extra) {
    List<String> args = new ArrayList<>(List.of("stats", "--tickets", resource("tickets.jsonl"), "--inputs",
        resource("inputs.json")));
    args.addAll(List.of(extra));
    return run(clock, args.toArray(String[]::new));
  }

  private static JsonNode json(Result r) throws Exception {
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    return Json.mapper().readTree(r.out());
  }

  @Test
  void jsonIsTheSameAsFormatJson() throws Exception {
    Result alias = stats(TestClocks.AFTER_THE_DATA, "--period", "2026-10", "--json");
    assertThat(json(alias)).isEqualTo(json(stats(TestClocks.AFTER_THE_DATA, "--period", "2026-10", "--format",
        "json")));
    JsonNode all = json(alias).get("overall");
    // S3 very satisfied (5), S2 dissatisfied (2); S4 open of 4; Tea House twice
    assertThat(all.at("/satisfaction/meanScore").decimalValue()).isEqualByComparingTo("3.5");
    assertThat(all.at("/satisfaction/distribution").findValuesAsText("count"))
        .containsExactly("1", "0", "0", "1", "0");
    assertThat(all.get("handlingRate").decimalValue()).isEqualByComparingTo("0.75");
    assertThat(all.get("repeat").asLong()).isEqualTo(1);
    assertThat(all.get("byDepartment")).isEmpty();
  }

  @Test
  void aPastMonthAsJsonHasTheHandWorkedNumbers() throws Exception {
    JsonNode doc = json(stats(TestClocks.AFTER_THE_DATA, "--period", "2026-10", "--format", "json"));
    assertThat(doc.get("period").asText()).isEqualTo("2026-10");
    assertThat(doc.get("asOf").asText()).isEqualTo("2026-11-01T00:00:00+08:00");
    JsonNode all = doc.get("overall");
    assertThat(all.get("volume").asLong()).isEqualTo(4);
    // September's one ticket counts into the trend alone, so October shows its change from it
    assertThat(all.get("trend")).hasSize(2);
    assertThat(all.at("/trend/0/month").asText()).isEqualTo("2026-09");
    assertThat(all.at("/trend/0/volume").asLong()).isEqualTo(1);
    JsonNode october = all.at("/trend/1");
    assertThat(october.get("month").asText()).isEqualTo("2026-10");
    assertThat(october.get("volume").asLong()).isEqualTo(4);
    assertThat(october.get("change").asLong()).isEqualTo(3);
    assertThat(october.get("visited").asLong()).isEqualTo(2);
    assertThat(october.get("satisfied").asLong()).isEqualTo(1);
    assertThat(october.get("exempt").asLong()).isEqualTo(1);
    assertThat(october.get("satisfactionRate").decimalValue()).isEqualByComparingTo("0.5");
    assertThat(keysAndCounts(all.get("byGrade")))
        .containsExactly("GENERAL=2", "SERIOUS=1", "MAJOR=1", "CRITICAL=0");
    assertThat(all.at("/byGrade/0/share").decimalValue()).isEqualByComparingTo("0.5");
    assertThat(keysAndCounts(all.get("byCategory")))
        .containsExactly("SAFETY=2", "MERCHANT_SERVICE=1", "PREPAID_CARD=1");
    assertThat(keysAndCounts(all.get("timeliness")))
        .containsExactly("WITHIN_24H=0", "WITHIN_48H=1", "WITHIN_5D=1", "OVER_5D=1", "OPEN=1");
    assertThat(keysAndCounts(all.get("byChannel"))).contains("PHONE=1", "ONLINE=1", "ON_SITE=1", "EMAIL=1",
        "LETTER=0");
    assertThat(keysAndCounts(all.at("/hotSpots/subjects"))).containsExactly("Tea House=2", "Card Desk=1", "Gate 3=1");
    assertThat(all.at("/hotSpots/subjects").findValuesAsText("rank")).containsExactly("1", "2", "2");
    assertThat(keysAndCounts(all.at("/hotSpots/locations"))).containsExactly("1F-01=1", "2F-10=1", "B1=1");

    assertThat(doc.get("units")).hasSize(2);
    assertThat(doc.at("/units/0/unit").asText()).isEqualTo("plaza-a");
    assertThat(doc.at("/units/0/region").asText()).isEqualTo("city-x");
    assertThat(doc.at("/units/0/volume").asLong()).isEqualTo(3);
    assertThat(doc.at("/units/1/unit").asText()).isEqualTo("plaza-b");
    assertThat(doc.at("/units/1/region").asText()).as("from the inputs").isEqualTo("city-y");
    assertThat(keysAndCounts(doc.at("/units/1/timeliness"))).contains("OVER_5D=1", "OPEN=0");
  }

  @Test
  void everyMonthWithTheChangeFromTheMonthBefore() throws Exception {
    JsonNode all = json(stats(TestClocks.AFTER_THE_DATA, "--format", "json")).get("overall");
    assertThat(all.get("volume").asLong()).isEqualTo(6);
    assertThat(all.get("trend").findValuesAsText("month")).containsExactly("2026-09", "2026-10", "2026-11");
    assertThat(all.get("trend").findValuesAsText("volume")).containsExactly("1", "4", "1");
    assertThat(all.at("/trend/1/change").asLong()).isEqualTo(3);
    assertThat(all.at("/trend/1/changeRate").decimalValue()).isEqualByComparingTo("3");
    assertThat(all.at("/trend/2/change").asLong()).isEqualTo(-3);
    assertThat(all.at("/trend/2/changeRate").decimalValue()).isEqualByComparingTo("-0.75");
    assertThat(all.at("/trend/0/satisfactionRate").decimalValue()).isEqualByComparingTo("1");

    JsonNode quarter = json(stats(TestClocks.AFTER_THE_DATA, "--quarter", "2026-Q4", "--format", "json"));
    assertThat(quarter.get("period").asText()).isEqualTo("2026-Q4");
    assertThat(quarter.get("asOf").asText()).isEqualTo("2027-01-01T00:00:00+08:00");
    assertThat(quarter.at("/overall/volume").asLong()).isEqualTo(5);
    // the months before the quarter count into its trend alone
    assertThat(quarter.at("/overall/trend").findValuesAsText("month")).containsExactly("2026-09", "2026-10",
        "2026-11");
    assertThat(quarter.at("/overall/trend").findValuesAsText("volume")).containsExactly("1", "4", "1");
  }

  @Test
  void aMonthInProgressIsCountedAsOfNow() throws Exception {
    // 15 October, 00:00 in Shanghai: S4 is not accepted yet, S5 is still open
    JsonNode doc = json(stats(TestClocks.at("2026-10-14T16:00:00Z"), "--period", "2026-10", "--format", "json"));
    assertThat(doc.get("asOf").asText()).isEqualTo("2026-10-15T00:00:00+08:00");
    assertThat(doc.at("/overall/volume").asLong()).isEqualTo(3);
    assertThat(keysAndCounts(doc.at("/overall/timeliness")))
        .containsExactly("WITHIN_24H=0", "WITHIN_48H=1", "WITHIN_5D=1", "OVER_5D=0", "OPEN=1");
    // --as-of wins over the clock
    JsonNode asOf = json(stats(TestClocks.at("2026-10-14T16:00:00Z"), "--period", "2026-10", "--as-of",
        "2026-11-01T00:00:00+08:00", "--format", "json"));
    assertThat(asOf.at("/overall/volume").asLong()).isEqualTo(4);
  }

  @Test
  void topNKeepsTiesAtTheCut() throws Exception {
    JsonNode all = json(stats(TestClocks.AFTER_THE_DATA, "--period", "2026-10", "--top", "1", "--format", "json"))
        .get("overall");
    assertThat(keysAndCounts(all.at("/hotSpots/subjects"))).containsExactly("Tea House=2");
    assertThat(keysAndCounts(all.at("/hotSpots/locations"))).containsExactly("1F-01=1", "2F-10=1", "B1=1");
  }

  @Test
  void textForPeopleInEnglishAndChinese() {
    Result en = stats(TestClocks.AFTER_THE_DATA, "--period", "2026-10");
    assertThat(en.code()).as(en.err()).isZero();
    assertThat(en.out().lines().toList()).startsWith(
        "Statistics 2026-10 as of 2026-11-01 00:00 +08:00",
        "",
        "All units: tickets 4",
        "  MONTH    TICKETS  CHANGE         SATISFIED / VISITED  SATISFACTION  EXEMPT",
        "  2026-09  1        -              1 / 1                100.00%       0",
        "  2026-10  4        +3 (+300.00%)  1 / 2                50.00%        1",
        "  grades: GENERAL 2 (50.00%), SERIOUS 1 (25.00%), MAJOR 1 (25.00%), CRITICAL 0 (0.00%)",
        "  channels: ON_SITE 1 (25.00%), PHONE 1 (25.00%), ONLINE 1 (25.00%), EMAIL 1 (25.00%)",
        "  categories: SAFETY 2 (50.00%), MERCHANT_SERVICE 1 (25.00%), PREPAID_CARD 1 (25.00%)",
        "  acceptance to close: WITHIN_24H 0 (0.00%), WITHIN_48H 1 (25.00%), WITHIN_5D 1 (25.00%),"
            + " OVER_5D 1 (25.00%), OPEN 1 (25.00%)",
        "  top subjects: 1. Tea House 2, 2. Card Desk 1, 2. Gate 3 1",
        "  top locations: 1. 1F-01 1, 1. 2F-10 1, 1. B1 1",
        "  departments: none",
        "  handlers: none",
        "  root causes: none",
        // (5 + 2) / 2 visited
        "  satisfaction: 50.00%, mean score 3.50 of 5; VERY_SATISFIED 1 (50.00%), SATISFIED 0 (0.00%),"
            + " NEUTRAL 0 (0.00%), DISSATISFIED 1 (50.00%), VERY_DISSATISFIED 0 (0.00%)",
        "  handling rate: 3 of 4 closed (75.00%)",
        "  plans: 0 of 0 on time (-), 0 reworked",
        "  red lights 0, repeat complaints 1, reopened 0",
        "",
        "plaza-a (city-x): tickets 3");
    assertThat(en.out()).contains("plaza-b (city-y): tickets 1");

    Result zh = stats(TestClocks.AFTER_THE_DATA, "--period", "2026-10", "--lang", "zh");
    assertThat(zh.code()).as(zh.err()).isZero();
    assertThat(zh.out().lines().toList()).startsWith(
        "客诉统计 2026-10（截至 2026-11-01 00:00 +08:00）",
        "",
        "全部单位：工单 4 起",
        "  月份     工单  环比           满意 / 回访  满意率   免回访",
        "  2026-09  1     -              1 / 1        100.00%  0",
        "  2026-10  4     +3 (+300.00%)  1 / 2        50.00%   1",
        "  定级：一般 2 (50.00%)、较大 1 (25.00%)、重大 1 (25.00%)、特别重大 0 (0.00%)",
        "  渠道：现场 1 (25.00%)、电话 1 (25.00%)、线上 1 (25.00%)、邮件 1 (25.00%)",
        "  类别：安全 2 (50.00%)、商户服务 1 (25.00%)、预售卡 1 (25.00%)",
        "  受理至结案：24小时内 0 (0.00%)、48小时内 1 (25.00%)、5天内 1 (25.00%)、超过5天 1 (25.00%)、未结案 1 (25.00%)");
  }

  @Test
  void badUsageIsOneErrorLineAndExit2() {
    Result both = stats(TestClocks.AFTER_THE_DATA, "--period", "2026-10", "--quarter", "2026-Q4");
    assertThat(both.code()).isEqualTo(ComplaintCli.BAD_INPUT);
    assertThat(both.out()).isEmpty();
    assertThat(both.err().strip())
        .isEqualTo("error: options '--period', '--quarter': cannot be combined; give one of them");

    Result top = stats(TestClocks.AFTER_THE_DATA, "--top", "0");
    assertThat(top.code()).isEqualTo(ComplaintCli.BAD_INPUT);
    assertThat(top.err().strip()).isEqualTo("error: option '--top': 0 is not at least 1");

    Result future = stats(TestClocks.at("2026-10-14T16:00:00Z"), "--period", "2026-11");
    assertThat(future.code()).isEqualTo(ComplaintCli.BAD_INPUT);
    assertThat(future.err().strip()).isEqualTo("error: option '--period': 2026-11 begins 2026-11-01 00:00 +08:00,"
        + " after now (2026-10-15 00:00 +08:00); give --as-of to report as of another instant");

    Result format = stats(TestClocks.AFTER_THE_DATA, "--format", "yaml");
    assertThat(format.code()).isEqualTo(ComplaintCli.BAD_INPUT);
    assertThat(format.err().lines().toList()).containsExactly(
        "error: option '--format': 'yaml' is not one of json, text", "try 'complaint-cli stats --help'");
  }

  /** {@code KEY=count} of each entry of a list of shares or ranked entries, in order. */
  private static List<String> keysAndCounts(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.forEach(n -> out.add(n.get("key").asText() + "=" + n.get("count").asLong()));
    return out;
  }
}
