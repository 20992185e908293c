package dev.complaints.streams;

import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.Stores;

/**
 * The Kafka Streams topology a host runs with its own {@code KafkaStreams} instances (docs/streams.md):
 *
 * <ol>
 *   <li>complaint events, keyed by complaint id, go to the complaint processor: per-complaint state (events,
 *       reported lights) in {@value #COMPLAINTS_STORE}, the instant each complaint's lights change next in
 *       {@value #NEXT_CHANGES_STORE}; a wall-clock punctuation every {@link
 *       ComplaintTopologyConfig#punctuationInterval() interval} reports the changes that are due to the alerts
 *       topic, once each and no later than one interval after they happen; a complaint that closes gives its
 *       ticket record to the tickets topic;
 *   <li>the ticket records, repartitioned by unit, go to the scorecard processor, which keeps them in
 *       {@value #SCORECARD_TICKETS_STORE} and writes the unit's scorecard of the record's month to the scorecards
 *       topic each time one arrives.
 * </ol>
 *
 * <p>Run it with {@code processing.guarantee=exactly_once_v2} ({@link #properties(String, String)} sets it): the
 * reported lights are stored in the same transaction as the alerts, which is what makes each alert appear once
 * when an instance dies and another takes its partitions over.
 */
public final class ComplaintTopology {
  /** Store of per-complaint state: key complaint id. */
  public static final String COMPLAINTS_STORE = "complaints";
  /** Store indexing complaints by the instant their lights change next. */
  public static final String NEXT_CHANGES_STORE = "next-light-changes";
  /** Store of ticket records by unit, month and complaint. */
  public static final String SCORECARD_TICKETS_STORE = "scorecard-tickets";
  /** Name of the internal topic (prefixed by the application id) that partitions ticket records by unit. */
  public static final String TICKETS_BY_UNIT = "tickets-by-unit";

  private ComplaintTopology() {}

  /**
   * Builds the topology.
   *
   * @param config the configuration
   * @return the topology
   */
  public static Topology build(ComplaintTopologyConfig config) {
    Objects.requireNonNull(config, "config");
    StreamsBuilder builder = new StreamsBuilder();
    builder.addStateStore(Stores.keyValueStoreBuilder(store(config, COMPLAINTS_STORE), Serdes.String(),
        Serdes.String()));
    builder.addStateStore(Stores.keyValueStoreBuilder(store(config, NEXT_CHANGES_STORE), Serdes.String(),
        Serdes.String()));
    builder.addStateStore(Stores.keyValueStoreBuilder(store(config, SCORECARD_TICKETS_STORE), Serdes.String(),
        Serdes.String()));

    KStream<String, Output> out = builder
        .stream(config.eventsTopic(), Consumed.with(Serdes.String(), Serdes.String()).withName("complaint-events"))
        .process(() -> new ComplaintProcessor(config), Named.as("complaint-processor"), COMPLAINTS_STORE,
            NEXT_CHANGES_STORE);

    out.filter((k, v) -> v.kind() == Output.Kind.ALERT, Named.as("alerts"))
        .mapValues(Output::json, Named.as("alert-json"))
        .to(config.alertsTopic(), Produced.with(Serdes.String(), Serdes.String()).withName("sla-alerts"));

    KStream<String, Output> tickets = out.filter((k, v) -> v.kind() == Output.Kind.TICKET, Named.as("tickets"));
    tickets.mapValues(Output::json, Named.as("ticket-json"))
        .to(config.ticketsTopic(), Produced.with(Serdes.String(), Serdes.String()).withName("ticket-records"));
    tickets.selectKey((k, v) -> v.routeKey(), Named.as("by-unit"))
        .mapValues(Output::json, Named.as("ticket-by-unit-json"))
        .repartition(Repartitioned.with(Serdes.String(), Serdes.String()).withName(TICKETS_BY_UNIT))
        .process(() -> new ScorecardProcessor(config), Named.as("scorecard-processor"), SCORECARD_TICKETS_STORE)
        .to(config.scorecardsTopic(), Produced.with(Serdes.String(), Serdes.String()).withName("scorecards"));
    return builder.build();
  }

  private static KeyValueBytesStoreSupplier store(ComplaintTopologyConfig config, String name) {
    return config.inMemoryStores() ? Stores.inMemoryKeyValueStore(name) : Stores.persistentKeyValueStore(name);
  }

  /**
   * Streams properties for the topology: the application id (which names the consumer group, the changelog and
   * repartition topics), the brokers, {@code exactly_once_v2}, and string serdes.
   *
   * @param applicationId the application id, the same on every instance
   * @param bootstrapServers the brokers
   * @return new properties a host may add to
   */
  public static Properties properties(String applicationId, String bootstrapServers) {
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, Objects.requireNonNull(applicationId, "applicationId"));
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, Objects.requireNonNull(bootstrapServers, "bootstrapServers"));
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    p.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.StringSerde.class.getName());
    p.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, Serdes.StringSerde.class.getName());
    return p;
  }
}
