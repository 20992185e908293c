package dev.complaints.cli;

import static dev.complaints.cli.ScoreCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.complaints.cli.ScoreCliTest.Result;
import dev.complaints.core.json.Json;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code demo --export DIR}, then {@code stats --tickets DIR/tickets.jsonl --period 2026-10 --json}: the simulated
 * month records who handled each complaint, its root cause and its plan, so every figure for managers has values.
 */
class DemoStatsCliTest {

  @Test
  void theDemoMonthGivesEveryManagerFigure(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("demo-month");
    Result demo = run("demo", "--json", "--export", dir.toString());
    assertThat(demo.code()).as(demo.err()).isZero();
    assertThat(Json.mapper().readTree(demo.out()).get("month").asText()).isEqualTo("2026-10");

    Result stats = run("stats", "--tickets", dir.resolve("tickets.jsonl").toString(), "--period", "2026-10",
        "--json");
    assertThat(stats.code()).as(stats.err()).isZero();
    JsonNode all = Json.mapper().readTree(stats.out()).get("overall");
    assertThat(all.fieldNames()).toIterable().contains("volume", "trend", "byCategory", "byChannel", "byGrade",
        "byDepartment", "byHandler", "rootCauses", "satisfaction", "handlingRate", "plans", "hotSpots", "repeat",
        "reopened");

    long volume = all.get("volume").asLong();
    assertThat(volume).isPositive();
    // the month before, played as history, then the month with its change from it
    assertThat(all.get("trend").findValuesAsText("month")).containsExactly("2026-09", "2026-10");
    assertThat(all.at("/trend/0/volume").asLong()).isPositive();
    assertThat(all.at("/trend/1/volume").asLong()).isEqualTo(volume);
    assertThat(all.at("/trend/1/change").asLong())
        .isEqualTo(volume - all.at("/trend/0/volume").asLong());
    for (String key : List.of("byCategory", "byChannel", "byGrade")) {
      assertThat(all.get(key).findValues("count").stream().mapToLong(JsonNode::asLong).sum()).as(key)
          .isEqualTo(volume);
    }
    for (String key : List.of("byDepartment", "byHandler")) {
      JsonNode groups = all.get(key);
      assertThat(groups).as(key).isNotEmpty();
      assertThat(groups.get(0).fieldNames()).toIterable().contains("key", "count", "share",
          "medianHandlingMinutes", "redLights", "satisfactionRate");
      assertThat(groups.findValues("count").stream().mapToLong(JsonNode::asLong).sum()).as(key).isPositive();
      assertThat(groups.findValues("medianHandlingMinutes")).as(key).anyMatch(JsonNode::isNumber);
      assertThat(groups.findValues("satisfactionRate")).as(key).anyMatch(JsonNode::isNumber);
    }
    assertThat(all.get("byDepartment").findValues("redLights").stream().mapToLong(JsonNode::asLong).sum())
        .as("the month has red lights").isPositive();
    JsonNode causes = all.get("rootCauses");
    assertThat(causes.size()).as("several root causes").isGreaterThan(1);
    assertThat(causes.get(0).get("trend").findValuesAsText("month")).containsExactly("2026-09", "2026-10");
    assertThat(causes.get(0).at("/trend/0/count").asLong()).isPositive();
    assertThat(causes.findValues("share").stream().mapToDouble(JsonNode::asDouble).sum())
        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.001));

    JsonNode satisfaction = all.get("satisfaction");
    assertThat(satisfaction.get("rate").decimalValue()).isPositive();
    assertThat(satisfaction.get("meanScore").decimalValue()).isBetween(java.math.BigDecimal.ONE,
        java.math.BigDecimal.valueOf(5));
    assertThat(satisfaction.get("distribution")).hasSize(5);
    assertThat(satisfaction.get("distribution").findValues("count").stream().filter(n -> n.asLong() > 0).count())
        .as("more than one level is given").isGreaterThan(1);

    assertThat(all.get("handlingRate").decimalValue()).isPositive();
    JsonNode plans = all.get("plans");
    assertThat(plans.get("plans").asLong()).isPositive();
    assertThat(plans.get("onTimeRate").decimalValue()).isPositive();
    assertThat(plans.get("reworked").asLong()).as("customers reject a plan now and then").isPositive();
    assertThat(all.at("/hotSpots/subjects")).isNotEmpty();
    assertThat(all.at("/hotSpots/locations")).isNotEmpty();
    assertThat(all.get("repeat").asLong()).isPositive();
    assertThat(all.get("reopened").asLong()).as("customers come back now and then").isPositive();
  }
}
