package dev.complaints.scoring.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.complaints.core.json.Json;
import dev.complaints.core.model.Grade;
import dev.complaints.scoring.SharedExamples;
import dev.complaints.scoring.record.TicketReader;
import dev.complaints.scoring.record.UnitInputs;
import dev.complaints.scoring.record.UnitInputsReader;
import dev.complaints.scoring.rubric.DimensionSubtotal;
import dev.complaints.scoring.rubric.ItemScore;
import dev.complaints.scoring.rubric.Rubrics;
import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.policy.SlaPolicies;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Scores the shared sample month and compares every number with its reference answers. */
class SampleMonthTest {

  @Test
  void agreesWithExpectedOnEveryNumber() throws Exception {
    Path dir = SharedExamples.dir().resolve("scoring-sample");
    JsonNode expected = Json.mapper().readTree(dir.resolve("expected.json").toFile());
    YearMonth period = YearMonth.parse(expected.get("period").asText());
    Instant asOf = OffsetDateTime.parse(expected.get("asOf").asText()).toInstant();
    List<UnitInputs> inputs = UnitInputsReader.read(dir.resolve("inputs.json"));
    PeriodReport report;
    try (TicketReader reader = TicketReader.open(dir.resolve("tickets.jsonl"))) {
      report = Scorer.builder().rubric(Rubrics.mallScorecard()).policy(SlaPolicies.mallTicket()).build()
          .score(reader, inputs, period, asOf);
    }

    List<String> expectedUnits = expected.get("units").findValuesAsText("unit");
    assertThat(report.units()).extracting(MonthlyScorecard::unit).containsExactlyElementsOf(expectedUnits);
    for (JsonNode u : expected.get("units")) {
      String unit = u.get("unit").asText();
      MonthlyScorecard card = report.unit(unit).orElseThrow();
      Map<String, Integer> items =
          card.items().stream().collect(Collectors.toMap(ItemScore::item, ItemScore::points));
      for (Iterator<Map.Entry<String, JsonNode>> it = u.get("items").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        assertThat(items.get(e.getKey())).as(unit + " item " + e.getKey()).isEqualTo(e.getValue().asInt());
      }
      // the subtotals per management dimension add the expected items up, one dimension each
      int itemSum = 0;
      for (JsonNode points : u.get("items")) {
        itemSum += points.asInt();
      }
      assertThat(DimensionSubtotal.of(card.items())).extracting(DimensionSubtotal::points)
          .as(unit + " subtotals").containsExactly(
              items.get("publicity"),
              items.get("onSite") + items.get("answerRate") + items.get("resolution24h") + items.get("redLights")
                  + items.get("concealed"),
              items.get("satisfaction"));
      assertThat(DimensionSubtotal.of(card.items()).stream().mapToInt(DimensionSubtotal::points).sum())
          .isEqualTo(itemSum);
      assertThat(-card.extraTotal()).as(unit + " extra").isEqualTo(u.get("extra").asInt());
      assertThat(card.total()).as(unit + " total").isEqualTo(u.get("total").asInt());
      JsonNode m = u.get("metrics");
      var r = card.metrics().resolution24h();
      assertThat(r.eligible()).as(unit + " eligible").isEqualTo(m.at("/resolution24h/eligible").asLong());
      assertThat(r.resolved()).as(unit + " resolved").isEqualTo(m.at("/resolution24h/resolved").asLong());
      assertThat(r.pending()).as(unit + " pending").isEqualTo(m.at("/resolution24h/pending").asLong());
      var s = card.metrics().satisfaction();
      assertThat(s.visited()).as(unit + " visited").isEqualTo(m.at("/satisfaction/visited").asLong());
      assertThat(s.satisfied()).as(unit + " satisfied").isEqualTo(m.at("/satisfaction/satisfied").asLong());
      assertThat(s.exempt()).as(unit + " exempt").isEqualTo(m.at("/satisfaction/exempt").asLong());
      for (AlertLevel l : List.of(AlertLevel.RED_1, AlertLevel.RED_2, AlertLevel.RED_3)) {
        assertThat(card.metrics().redLights(l)).as(unit + " " + l).isEqualTo(m.at("/redLights/" + l).asLong());
      }
      for (Grade g : Grade.values()) {
        assertThat(card.metrics().grade(g)).as(unit + " " + g).isEqualTo(m.at("/grades/" + g).asLong());
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = expected.get("regions").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      RegionScore rs = report.region(e.getKey()).orElseThrow();
      assertThat(rs.score()).as(e.getKey()).isEqualTo(new BigDecimal(e.getValue().asText()));
      assertThat(rs.rank()).as(e.getKey() + " rank").isEqualTo(expected.at("/ranks/" + e.getKey()).asInt());
    }
    assertThat(report.regions()).hasSize(expected.get("regions").size());
  }
}
