package dev.complaints.cli;

import static dev.complaints.cli.ScoreCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.complaints.cli.ScoreCliTest.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --lang} on the commands whose output is a summary line: validate and export. */
class SummaryLanguageCliTest {
  @TempDir static Path month;

  @BeforeAll
  static void exportADemoMonth() {
    Result r = run("demo", "--seed", "5", "--export", month.toString());
    assertThat(r.code()).as(r.err()).isZero();
  }

  @Test
  void validateSaysValidAndCountsProblemsInEitherLanguage() throws IOException {
    Path policy = month.resolve("mall-ticket-policy.json");
    assertThat(run("validate", "--policy", policy.toString()).out()).isEqualTo(policy + ": valid SLA policy\n");
    assertThat(run("validate", "--policy", policy.toString(), "--lang", "zh").out())
        .isEqualTo(policy + "：有效的SLA 时限策略\n");

    Path bad = month.resolve("bad.json");
    Files.writeString(bad, "{\"id\":\"x\",\"zone\":\"Mars/Olympus\",\"weekly\":{\"MONDAY\":[\"09:00-12:00\"]}}");
    Result en = run("validate", "--calendar", bad.toString());
    Result zh = run("validate", "--calendar", bad.toString(), "--lang", "ZH");
    assertThat(en.code()).isEqualTo(1);
    assertThat(zh.code()).isEqualTo(1);
    assertThat(en.out().lines()).last().isEqualTo(bad + ": 1 problem");
    assertThat(zh.out().lines()).last().isEqualTo(bad + "：1 个问题");
    // the problem itself is the library's, in its one wording
    assertThat(zh.out().lines().findFirst()).contains(bad + ": field 'zone': must be a time zone id such as"
        + " Asia/Shanghai (found \"Mars/Olympus\")");
  }

  @Test
  void exportNamesWhatItWroteInEitherLanguage() throws IOException {
    Path events = month.resolve("events.jsonl");
    long eventLines = Files.readAllLines(events).stream().filter(l -> !l.isBlank()).count();
    Path out = month.resolve("exported.jsonl");
    Result en = run("export", "--events", events.toString(), "--workflow", "mall-ticket", "--out", out.toString());
    long records = Files.readAllLines(out).stream().filter(l -> !l.isBlank()).count();
    assertThat(en.out()).isEqualTo("wrote " + out + ": " + records + " ticket records from " + eventLines
        + " events of " + events + "\n");
    Result zh = run("export", "--events", events.toString(), "--workflow", "mall-ticket", "--out", out.toString(),
        "--lang", "zh");
    assertThat(zh.out()).isEqualTo("已写入 " + out + "：" + records + " 条工单记录（来自 " + eventLines
        + " 个事件，文件 " + events + "）\n");
  }

  @Test
  void anUnknownLanguageIsAUsageErrorListingTheChoices() {
    Result r = run("validate", "--policy", "x.json", "--lang", "fr");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("option '--lang'").contains("en, zh");
  }
}
