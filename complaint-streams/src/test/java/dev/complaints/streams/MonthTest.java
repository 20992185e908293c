package dev.complaints.streams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.core.event.ComplaintClosed;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.workflow.WorkflowPresets;
import dev.complaints.scoring.record.TicketExport;
import dev.complaints.scoring.record.TicketReader;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.scoring.record.UnitInputs;
import dev.complaints.scoring.rubric.Rubrics;
import dev.complaints.scoring.scorecard.PeriodReport;
import dev.complaints.scoring.scorecard.PeriodReportJson;
import dev.complaints.scoring.scorecard.Scorer;
import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.policy.SlaPolicies;
import dev.complaints.sla.timer.TimerStatus;
import dev.complaints.sla.tracker.SlaTracker;
import dev.complaints.streams.demo.MonthFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A simulated month of six plazas through the topology: the ticket records are the library's export of the closed
 * complaints, the scorecards equal the batch scorer's, and the alerts are every light change once, in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonthTest {
  static final long SEED = 20261;
  static final YearMonth MONTH = YearMonth.of(2026, 10);
  static final ObjectMapper MAPPER = new ObjectMapper();

  MonthFixture month;
  List<UnitInputs> inputs;
  List<KeyValue<String, String>> tickets;
  List<KeyValue<String, String>> scorecards;
  List<AlertChange> alerts;
  Instant wallClockEnd;

  @BeforeAll
  void runTheMonth(@TempDir Path stateDir) {
    month = MonthFixture.play(SEED, MONTH, 50);
    inputs = month.unitInputs(SEED);
    ComplaintTopologyConfig config = TopologyHarness.mallConfig()
        .regions(MonthFixture.regions())
        .unitInputs(inputs)
        .punctuationInterval(Duration.ofMinutes(5))
        .build();
    List<ComplaintEvent> events = month.eventsInTimeOrder();
    try (TopologyHarness h = new TopologyHarness(config, events.get(0).at(), stateDir)) {
      // the wall clock follows the events, so lights change while the month goes on
      for (ComplaintEvent e : events) {
        if (e.at().isAfter(h.wallClock())) {
          h.wallClockTo(e.at());
        }
        h.pipe(List.of(e));
      }
      wallClockEnd = month.end().plus(Duration.ofDays(10));
      h.wallClockTo(wallClockEnd);
      tickets = h.tickets.readKeyValuesToList();
      scorecards = h.scorecards.readKeyValuesToList();
      alerts = h.readAlerts();
    }
  }

  @Test
  void aTicketRecordForEachClosedComplaint() {
    TicketExport export = TicketExport.of(WorkflowPresets.mallTicket());
    Map<String, TicketRecord> expected = new TreeMap<>();
    for (List<ComplaintEvent> c : month.complaints()) {
      TicketRecord t = export.export(c, unit -> MonthFixture.regions().get(unit));
      if (t.closedAt() != null) {
        expected.put(t.id(), t);
      }
    }
    Map<String, TicketRecord> streamed = new TreeMap<>();
    Map<String, Long> records = new TreeMap<>();
    for (KeyValue<String, String> kv : tickets) {
      // a reopened complaint's record of its later close replaces the earlier one
      streamed.put(kv.key, TicketReader.parseLine(kv.value, "ticket-records", 0));
      records.merge(kv.key, 1L, Long::sum);
    }
    assertThat(expected).hasSizeGreaterThan(200);
    assertThat(streamed).isEqualTo(expected);
    // one record per close: the demo's month has complaints reopened after their close and closed again
    Map<String, Long> closes = new TreeMap<>();
    for (List<ComplaintEvent> c : month.complaints()) {
      long n = c.stream().filter(e -> e instanceof ComplaintClosed).count();
      if (n > 0) {
        closes.put(c.get(0).complaintId(), n);
      }
    }
    assertThat(records).isEqualTo(closes);
    assertThat(closes.values()).as("some complaint closed twice").anyMatch(n -> n > 1);
  }

  @Test
  void theScorecardsEqualTheBatchScorers() {
    // the latest record of each complaint (a reopened one's replaces the record of its earlier close)
    Map<String, TicketRecord> latestRecords = new TreeMap<>();
    tickets.forEach(kv -> latestRecords.put(kv.key, TicketReader.parseLine(kv.value, "t", 0)));
    List<TicketRecord> closed = List.copyOf(latestRecords.values());
    Scorer scorer = Scorer.builder().rubric(Rubrics.mallScorecard()).policy(SlaPolicies.mallTicket()).build();
    PeriodReport batch = scorer.score(closed.stream(), inputs, MONTH, Scorer.endOf(MONTH, scorer.options().zone()));
    Map<String, JsonNode> expected = new TreeMap<>();
    // read back from text, as the streamed scorecards are, so that numbers have the same node types
    for (JsonNode unit : read(PeriodReportJson.toJson(batch, PeriodReportJson.Language.EN).toString()).get("units")) {
      expected.put(unit.get("unit").asText() + "|" + MONTH, unit);
    }

    Map<String, JsonNode> latest = new TreeMap<>();
    Map<String, Long> updates = new TreeMap<>();
    for (KeyValue<String, String> kv : scorecards) {
      latest.put(kv.key, read(kv.value));
      updates.merge(kv.key, 1L, Long::sum);
    }
    assertThat(latest.keySet()).isEqualTo(expected.keySet()).hasSize(6);
    for (Map.Entry<String, JsonNode> e : latest.entrySet()) {
      ObjectNode card = ((ObjectNode) e.getValue()).deepCopy();
      assertThat(card.remove("period").asText()).isEqualTo("2026-10");
      assertThat(card.remove("asOf").asText()).isEqualTo("2026-10-31T16:00:00Z");
      long count = card.remove("tickets").asLong();
      String unit = card.get("unit").asText();
      assertThat(count).isEqualTo(closed.stream().filter(t -> t.unit().equals(unit)).count());
      List<String> differences = new java.util.ArrayList<>();
      differences("", expected.get(e.getKey()), card, differences);
      assertThat(differences).as(e.getKey()).isEmpty();
    }
    // one update per ticket record: the scorecards moved as the records arrived
    assertThat(updates.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(tickets.size());
  }

  @Test
  void everyLightChangeIsReportedOnceAndInOrder() {
    Set<String> seen = new HashSet<>();
    Map<String, AlertLevel> last = new LinkedHashMap<>();
    for (AlertChange a : alerts) {
      String timer = a.complaintId() + "/" + a.timerId();
      assertThat(seen.add(timer + "/" + a.to() + "/" + a.changedAt())).as("repeated: %s", a).isTrue();
      assertThat(a.from()).as("chain of %s", timer).isEqualTo(last.getOrDefault(timer, AlertLevel.NONE));
      assertThat(a.to()).isNotEqualTo(a.from());
      last.put(timer, a.to());
    }
    // the last reported light of every timer is the tracker's light at the end
    SlaTracker tracker = new SlaTracker(SlaPolicies.mallTicket());
    month.complaints().forEach(tracker::applyAll);
    Map<String, AlertLevel> expected = new LinkedHashMap<>();
    for (TimerStatus s : tracker.statusAt(wallClockEnd)) {
      if (s.level() != AlertLevel.NONE) {
        expected.put(s.complaintId() + "/" + s.timerId(), s.level());
      }
    }
    last.values().removeIf(l -> l == AlertLevel.NONE);
    Map<String, String> differences = new TreeMap<>();
    Set<String> timers = new HashSet<>(last.keySet());
    timers.addAll(expected.keySet());
    for (String t : timers) {
      if (last.get(t) != expected.get(t)) {
        differences.put(t, "reported " + last.get(t) + ", tracker " + expected.get(t));
      }
    }
    assertThat(differences).isEmpty();
    assertThat(alerts).hasSizeGreaterThan(50);
  }

  /** The JSON paths where two documents differ, with both values. */
  private static void differences(String path, JsonNode expected, JsonNode actual, List<String> out) {
    if (expected.isObject() && actual.isObject()) {
      Set<String> names = new java.util.TreeSet<>();
      expected.fieldNames().forEachRemaining(names::add);
      actual.fieldNames().forEachRemaining(names::add);
      for (String n : names) {
        differences(path + "/" + n, expected.path(n), actual.path(n), out);
      }
    } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
      for (int i = 0; i < expected.size(); i++) {
        differences(path + "/" + i, expected.get(i), actual.get(i), out);
      }
    } else if (!expected.equals(actual)) {
      out.add(path + ": batch " + expected + ", streamed " + actual);
    }
  }

  private static JsonNode read(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
