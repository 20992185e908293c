package dev.complaints.streams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.model.Grade;
import dev.complaints.scoring.record.TicketReader;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.scoring.rubric.Rubrics;
import dev.complaints.scoring.scorecard.PeriodReport;
import dev.complaints.scoring.scorecard.PeriodReportJson;
import dev.complaints.scoring.scorecard.Scorer;
import dev.complaints.sla.AlertLevel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The topology on a real broker (the one {@code COMPLAINTS_KAFKA_BOOTSTRAP} names; skipped without it): two
 * application instances share the four partitions of the events topic, one of them a separate JVM that is killed
 * while complaints are in flight. The alerts are every complaint's yellow and red, once each; the ticket records
 * one per complaint; the scorecards those of the batch scorer.
 */
class TwoInstancesOnABrokerTest {
  static final String BOOTSTRAP_VARIABLE = "COMPLAINTS_KAFKA_BOOTSTRAP";
  static final int COMPLAINTS = 40;
  static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aKilledInstanceLosesAndRepeatsNothing() throws Exception {
    String bootstrap = System.getenv(BOOTSTRAP_VARIABLE);
    Assumptions.assumeTrue(bootstrap != null && !bootstrap.isBlank(),
        BOOTSTRAP_VARIABLE + " is not set: the run on a Kafka broker is skipped");
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String appId = "complaints-it-" + suffix;
    ComplaintTopologyConfig config = ShortClock.config(suffix);
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      admin.createTopics(List.of(
          new NewTopic(config.eventsTopic(), 4, (short) 1),
          new NewTopic(config.alertsTopic(), 2, (short) 1),
          new NewTopic(config.ticketsTopic(), 2, (short) 1),
          new NewTopic(config.scorecardsTopic(), 2, (short) 1))).all().get(30, TimeUnit.SECONDS);
    }

    // complaints received 250 ms apart, each in HANDLING for 12 s (yellow at 6 s, red at 10 s), then closed
    Instant start = Instant.now().plusSeconds(4);
    List<OneComplaint> complaints = new ArrayList<>();
    List<ComplaintEvent> events = new ArrayList<>();
    for (int i = 0; i < COMPLAINTS; i++) {
      OneComplaint c = new OneComplaint("IT-" + suffix + "-" + i, "plaza-0" + (1 + i % 3));
      Instant handling = c.toHandling(start.plusMillis(250L * i), Grade.GENERAL, Duration.ofMillis(50));
      c.resolveAndClose(handling.plusSeconds(12), Duration.ofMillis(500));
      complaints.add(c);
      events.addAll(c.events);
    }
    events.sort(Comparator.comparing(ComplaintEvent::at));

    Process killed = startInstance(bootstrap, appId, suffix, dir.resolve("a"));
    KafkaStreams survivor = StreamsInstance.create(bootstrap, appId, suffix, dir.resolve("b"));
    try {
      survivor.start();
      // both instances hold tasks: the four partitions of each sub-topology are shared
      waitFor(() -> survivor.state() == KafkaStreams.State.RUNNING && activeTasks(survivor) > 0
          && activeTasks(survivor) < 8, Duration.ofSeconds(30));
      int shared = activeTasks(survivor);
      assertThat(shared).isBetween(1, 7);
      Instant killAt = start.plusSeconds(9);
      try (KafkaProducer<String, String> producer = producer(bootstrap)) {
        // each event is sent when it happens, as a host's event store would publish it
        for (ComplaintEvent e : events) {
          sleepUntil(e.at());
          if (killed.isAlive() && !Instant.now().isBefore(killAt)) {
            killed.destroyForcibly().waitFor();
          }
          producer.send(new ProducerRecord<>(config.eventsTopic(), e.complaintId(), TopologyHarness.json(e)));
        }
        producer.flush();
      }
      assertThat(killed.isAlive()).isFalse();
      waitFor(() -> activeTasks(survivor) == 8, Duration.ofSeconds(30));
      assertThat(activeTasks(survivor)).as("tasks of the survivor after the failover").isEqualTo(8);

      Map<String, List<AlertChange>> alerts = new TreeMap<>();
      Map<String, String> tickets = new TreeMap<>();
      List<String> ticketKeys = new ArrayList<>();
      Map<String, String> scorecards = new TreeMap<>();
      try (KafkaConsumer<String, String> consumer = consumer(bootstrap)) {
        consumer.subscribe(List.of(config.alertsTopic(), config.ticketsTopic(), config.scorecardsTopic()));
        Instant deadline = Instant.now().plusSeconds(45);
        while (Instant.now().isBefore(deadline)
            && (alerts.values().stream().mapToInt(List::size).sum() < 2 * COMPLAINTS
                || tickets.size() < COMPLAINTS || !scorecardsComplete(scorecards))) {
          for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
            if (r.topic().equals(config.alertsTopic())) {
              alerts.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(AlertChange.fromJson(r.value()));
            } else if (r.topic().equals(config.ticketsTopic())) {
              tickets.put(r.key(), r.value());
              ticketKeys.add(r.key());
            } else {
              scorecards.put(r.key(), r.value());
            }
          }
        }
        // a little longer: anything repeated would come now
        Instant quiet = Instant.now().plusSeconds(3);
        while (Instant.now().isBefore(quiet)) {
          for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
            if (r.topic().equals(config.alertsTopic())) {
              alerts.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(AlertChange.fromJson(r.value()));
            } else if (r.topic().equals(config.ticketsTopic())) {
              ticketKeys.add(r.key());
            }
          }
        }
      }

      for (OneComplaint c : complaints) {
        Instant handling = c.events.stream().filter(e -> e instanceof dev.complaints.core.event.NodeEntered n
            && n.node().equals("HANDLING")).findFirst().orElseThrow().at();
        assertThat(alerts.get(c.id)).as(c.id)
            .extracting(AlertChange::timerId, AlertChange::from, AlertChange::to, AlertChange::changedAt)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple("HANDLING#1", AlertLevel.NONE, AlertLevel.YELLOW,
                    handling.plusSeconds(6)),
                org.assertj.core.groups.Tuple.tuple("HANDLING#1", AlertLevel.YELLOW, AlertLevel.RED_1,
                    handling.plus(ShortClock.LIMIT).plusNanos(1)));
      }
      assertThat(alerts).hasSize(COMPLAINTS);
      assertThat(ticketKeys).hasSize(COMPLAINTS).doesNotHaveDuplicates();

      List<TicketRecord> records = tickets.values().stream().map(t -> TicketReader.parseLine(t, "it", 0)).toList();
      YearMonth month = records.get(0).period(config.options().zone());
      Scorer scorer = Scorer.builder().rubric(Rubrics.mallScorecard()).policy(ShortClock.POLICY).build();
      PeriodReport batch = scorer.score(records.stream().filter(t -> t.period(config.options().zone()).equals(month)),
          List.of(), month, Scorer.endOf(month, config.options().zone()));
      Map<String, JsonNode> expected = new TreeMap<>();
      for (JsonNode unit : MAPPER.readTree(PeriodReportJson.toJson(batch, PeriodReportJson.Language.EN).toString())
          .get("units")) {
        expected.put(unit.get("unit").asText() + "|" + month, unit);
      }
      Map<String, JsonNode> streamed = new TreeMap<>();
      for (Map.Entry<String, String> e : scorecards.entrySet()) {
        ObjectNode card = (ObjectNode) MAPPER.readTree(e.getValue());
        card.remove(List.of("period", "asOf", "tickets"));
        streamed.put(e.getKey(), card);
      }
      assertThat(streamed).isEqualTo(expected);
    } finally {
      killed.destroyForcibly();
      survivor.close(Duration.ofSeconds(10));
    }
  }

  private static int activeTasks(KafkaStreams streams) {
    return streams.metadataForLocalThreads().stream().mapToInt(t -> t.activeTasks().size()).sum();
  }

  private static boolean scorecardsComplete(Map<String, String> scorecards) {
    long tickets = 0;
    for (String card : scorecards.values()) {
      try {
        tickets += MAPPER.readTree(card).get("tickets").asLong();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return tickets >= COMPLAINTS;
  }

  private Process startInstance(String bootstrap, String appId, String suffix, Path stateDir) throws Exception {
    Path log = dir.resolve("instance-a.log");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), StreamsInstance.class.getName(),
        bootstrap, appId, suffix, stateDir.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    waitFor(() -> readQuietly(log).contains("RUNNING") || !p.isAlive(), Duration.ofSeconds(30));
    assertThat(p.isAlive()).as("instance A: %s", readQuietly(log)).isTrue();
    return p;
  }

  private static String readQuietly(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      return "";
    }
  }

  private static KafkaProducer<String, String> producer(String bootstrap) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
  }

  private static KafkaConsumer<String, String> consumer(String bootstrap) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID());
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    // only what committed transactions wrote: what a downstream consumer of exactly-once output sees
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    return new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
  }

  private static void sleepUntil(Instant t) throws InterruptedException {
    long ms = Duration.between(Instant.now(), t).toMillis();
    if (ms > 0) {
      Thread.sleep(ms);
    }
  }

  private static void waitFor(java.util.function.BooleanSupplier condition, Duration max)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(max);
    while (!condition.getAsBoolean() && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
    }
  }
}
