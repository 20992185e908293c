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
        .contains("now is 2026-10-31 16:30 +08:00 (Asia/Shanghai)")
        .contains("SLA board at 2026-10-31 16:30 +08:00: ")
        .contains("LIGHT", "RETURN_VISIT", "HANDLING")
        .contains("Scorecards 2026-10 as of 2026-10-31 16:30 +08:00")
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

  @Test
  void gradesInSeverityOrderAndRedLightsLabelledByLevel() {
    Result r = run("demo");
    assertThat(r.code()).as(r.err()).isZero();
    // the default month: 264 GENERAL, 29 SERIOUS, 8 MAJOR, 1 CRITICAL, and 1 complaint nobody graded by 16:30
    assertThat(r.out()).contains("grades: GENERAL 264, SERIOUS 29, MAJOR 8, CRITICAL 1, UNGRADED 1; ");
    assertThat(r.out()).containsPattern("open timers: \\d+ red \\(RED_1 \\d+, RED_2 \\d+, RED_3 \\d+\\), ");
    assertThat(r.out()).containsPattern("red lights: RED_1 \\d+, RED_2 \\d+, RED_3 \\d+")
        .doesNotContainPattern("red lights \\d+/\\d+/\\d+");
    // every deadline of the board in the one format of instants, in the mall's zone
    assertThat(r.out().lines().filter(l -> l.matches("  (RED_\\d|YELLOW|-) +C-202610-.*")))
        .isNotEmpty()
        .allMatch(l -> l.matches(".* \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} \\+08:00"));
  }

  @Test
  void chineseLabelsForTheBoardAndTheScorecards() {
    Result r = run("demo", "--lang", "zh");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("客诉处理演示：模拟月份 2026-10，随机种子 " + DemoCommand.DEFAULT_SEED)
        .contains("定级：一般 264、较大 29、重大 8、特别重大 1、未定级 1；")
        .contains("SLA 看板（2026-10-31 16:30 +08:00）")
        .contains("灯", "工单", "广场", "城市公司", "节点", "等级", "状态", "已用 / 时限", "截止时间")
        .contains("确定方案", "处理投诉", "集团回访", "计时中", "二级红灯")
        .contains("2026-10 客诉考核得分（截至 2026-10-31 16:30 +08:00）")
        .contains("逾期红灯", "24小时解决率", "满意度", "城市公司排名")
        .containsPattern("红灯：一级红灯 \\d+、二级红灯 \\d+、三级红灯 \\d+");
    assertThat(r.out()).doesNotContain("RETURN_VISIT", "GENERAL", "RUNNING", "Scorecards");
    // the same month, only in other words
    assertThat(r.out().lines().count()).isEqualTo(run("demo").out().lines().count());
  }

  @Test
  void formatJsonIsTheSameDocumentAsJson() {
    Result json = run("demo", "--json", "--seed", "5");
    Result format = run("demo", "--format", "json", "--seed", "5");
    assertThat(format.code()).isZero();
    assertThat(format.out()).startsWith("{").isEqualTo(json.out());
    Result zh = run("demo", "--format", "json", "--seed", "5", "--lang", "zh");
    assertThat(zh.out()).contains("\"explanation\" : \"公示规范性：").contains("\"asOf\" : \"2026-10-31T16:30:00+08:00\"");
  }
}
