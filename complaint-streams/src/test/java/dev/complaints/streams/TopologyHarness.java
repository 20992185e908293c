package dev.complaints.streams;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.json.Json;
import dev.complaints.core.workflow.WorkflowPresets;
import dev.complaints.scoring.rubric.Rubrics;
import dev.complaints.sla.policy.SlaPolicies;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/** The topology in a {@link TopologyTestDriver} whose wall clock starts at a given instant. */
final class TopologyHarness implements AutoCloseable {
  final TopologyTestDriver driver;
  final TestInputTopic<String, String> events;
  final TestOutputTopic<String, String> alerts;
  final TestOutputTopic<String, String> tickets;
  final TestOutputTopic<String, String> scorecards;
  private Instant wallClock;

  TopologyHarness(ComplaintTopologyConfig config, Instant wallClock, Path stateDir) {
    Properties props = ComplaintTopology.properties("complaints-test", "unused:9092");
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    driver = new TopologyTestDriver(ComplaintTopology.build(config), props, wallClock);
    this.wallClock = wallClock;
    events = driver.createInputTopic(config.eventsTopic(), new StringSerializer(), new StringSerializer());
    alerts = driver.createOutputTopic(config.alertsTopic(), new StringDeserializer(), new StringDeserializer());
    tickets = driver.createOutputTopic(config.ticketsTopic(), new StringDeserializer(), new StringDeserializer());
    scorecards = driver.createOutputTopic(config.scorecardsTopic(), new StringDeserializer(),
        new StringDeserializer());
  }

  static ComplaintTopologyConfig.Builder mallConfig() {
    return ComplaintTopologyConfig.builder()
        .policy(SlaPolicies.mallTicket())
        .workflow(WorkflowPresets.mallTicket())
        .rubric(Rubrics.mallScorecard());
  }

  void pipe(List<ComplaintEvent> list) {
    for (ComplaintEvent e : list) {
      events.pipeInput(e.complaintId(), json(e), e.at());
    }
  }

  static String json(ComplaintEvent e) {
    try {
      return Json.mapper().writeValueAsString(e);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
  }

  /** Moves the wall clock to {@code t} (forward only), firing the punctuations on the way. */
  void wallClockTo(Instant t) {
    driver.advanceWallClockTime(Duration.between(wallClock, t));
    wallClock = t;
  }

  Instant wallClock() {
    return wallClock;
  }

  List<AlertChange> readAlerts() {
    return alerts.readValuesToList().stream().map(AlertChange::fromJson).toList();
  }

  @Override
  public void close() {
    driver.close();
  }
}
