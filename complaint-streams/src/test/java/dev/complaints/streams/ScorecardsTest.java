package dev.complaints.streams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.core.model.Grade;
import dev.complaints.scoring.record.CallStats;
import dev.complaints.scoring.record.TicketReader;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.scoring.record.UnitInputs;
import dev.complaints.scoring.rubric.Rubrics;
import dev.complaints.scoring.scorecard.PeriodReport;
import dev.complaints.scoring.scorecard.PeriodReportJson;
import dev.complaints.scoring.scorecard.Scorer;
import dev.complaints.sla.policy.SlaPolicies;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ticket records and scorecards of single complaints: a reopened complaint, the unit inputs. */
class ScorecardsTest {
  static final Instant RECEIVED = Instant.parse("2026-10-13T02:30:00Z");
  static final YearMonth OCTOBER = YearMonth.of(2026, 10);
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final List<UnitInputs> INPUTS = List.of(new UnitInputs("plaza-01", OCTOBER, "city-a", 1, 0, null, null,
      new CallStats(1000, 960)));

  @Test
  void aComplaintClosedAgainReplacesItsTicketInTheScorecard(@TempDir Path stateDir) throws Exception {
    ComplaintTopologyConfig config = TopologyHarness.mallConfig().regions(Map.of("plaza-01", "city-a"))
        .unitInputs(INPUTS).build();
    try (TopologyHarness h = new TopologyHarness(config, RECEIVED, stateDir)) {
      OneComplaint c = new OneComplaint("C-9");
      Instant handling = c.toHandling(RECEIVED, Grade.GENERAL);
      c.resolveAndClose(handling.plus(Duration.ofHours(2)), Duration.ofHours(1));
      h.pipe(c.events);
      List<KeyValue<String, String>> first = h.tickets.readKeyValuesToList();
      assertThat(first).extracting(kv -> kv.key).containsExactly("C-9");
      assertThat(TicketReader.parseLine(first.get(0).value, "t", 0).closedAt())
          .isEqualTo(handling.plus(Duration.ofHours(3)));

      Instant reopened = handling.plus(Duration.ofDays(2));
      h.pipe(c.reopenToHandling(reopened));
      h.pipe(c.resolveAndClose(reopened.plus(Duration.ofHours(30)), Duration.ofHours(1)));

      List<KeyValue<String, String>> second = h.tickets.readKeyValuesToList();
      assertThat(second).extracting(kv -> kv.key).containsExactly("C-9");
      TicketRecord ticket = TicketReader.parseLine(second.get(0).value, "t", 0);
      assertThat(ticket.closedAt()).isEqualTo(reopened.plus(Duration.ofHours(31)));
      assertThat(ticket.stages()).extracting(s -> s.stage()).contains("CLOSED");

      List<KeyValue<String, String>> cards = h.scorecards.readKeyValuesToList();
      assertThat(cards).extracting(kv -> kv.key).containsExactly("plaza-01|2026-10", "plaza-01|2026-10");
      ObjectNode last = (ObjectNode) MAPPER.readTree(cards.get(1).value);
      assertThat(last.get("tickets").asLong()).isEqualTo(1);
      assertThat(last.get("asOf").asText()).isEqualTo("2026-10-31T16:00:00Z");
      last.remove(List.of("period", "asOf", "tickets"));

      // the batch scorer on the last record alone: the first one was replaced, not added
      Scorer scorer = Scorer.builder().rubric(Rubrics.mallScorecard()).policy(SlaPolicies.mallTicket()).build();
      PeriodReport batch = scorer.score(List.of(ticket).stream(), INPUTS, OCTOBER,
          Scorer.endOf(OCTOBER, scorer.options().zone()));
      JsonNode expected = MAPPER.readTree(PeriodReportJson.toJson(batch, PeriodReportJson.Language.EN).toString())
          .get("units").get(0);
      assertThat(last).isEqualTo(expected);
      assertThat(last.at("/metrics/reopened").asLong()).isEqualTo(1);
    }
  }
}
