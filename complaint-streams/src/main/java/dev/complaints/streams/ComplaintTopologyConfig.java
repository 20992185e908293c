package dev.complaints.streams;

import dev.complaints.core.workflow.WorkflowDefinition;
import dev.complaints.scoring.metrics.MetricOptions;
import dev.complaints.scoring.record.UnitInputs;
import dev.complaints.scoring.rubric.Rubric;
import dev.complaints.sla.policy.SlaPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link ComplaintTopology} is built from: topic names, the SLA policy, the workflow definition, the rubric
 * and metric options of the scorecards, the regions of units, the monthly unit inputs and the punctuation
 * interval. Immutable; built with {@link #builder()}.
 *
 * <pre>{@code
 * ComplaintTopologyConfig config = ComplaintTopologyConfig.builder()
 *     .policy(SlaPolicies.mallTicket())
 *     .workflow(WorkflowPresets.mallTicket())
 *     .rubric(Rubrics.mallScorecard())
 *     .build();
 * }</pre>
 */
public final class ComplaintTopologyConfig {
  /** Default name of the input topic of complaint events. */
  public static final String EVENTS_TOPIC = "complaint-events";
  /** Default name of the output topic of SLA light changes. */
  public static final String ALERTS_TOPIC = "sla-alerts";
  /** Default name of the output topic of ticket records. */
  public static final String TICKETS_TOPIC = "ticket-records";
  /** Default name of the output topic of monthly unit scorecards. */
  public static final String SCORECARDS_TOPIC = "scorecards";
  /** Default punctuation interval: the longest delay between a light change and its alert. */
  public static final Duration DEFAULT_PUNCTUATION_INTERVAL = Duration.ofSeconds(30);
  /** Default bound on the complaints one punctuation compares. */
  public static final int DEFAULT_MAX_COMPLAINTS_PER_PUNCTUATION = 10_000;

  private final String eventsTopic;
  private final String alertsTopic;
  private final String ticketsTopic;
  private final String scorecardsTopic;
  private final SlaPolicy policy;
  private final WorkflowDefinition workflow;
  private final Rubric rubric;
  private final MetricOptions options;
  private final Map<String, String> regions;
  private final List<UnitInputs> unitInputs;
  private final Duration punctuationInterval;
  private final int maxComplaintsPerPunctuation;
  private final Duration maxEventDelay;
  private final boolean inMemoryStores;

  private ComplaintTopologyConfig(Builder b) {
    this.eventsTopic = b.eventsTopic;
    this.alertsTopic = b.alertsTopic;
    this.ticketsTopic = b.ticketsTopic;
    this.scorecardsTopic = b.scorecardsTopic;
    this.policy = Objects.requireNonNull(b.policy);
    this.workflow = Objects.requireNonNull(b.workflow);
    this.rubric = Objects.requireNonNull(b.rubric);
    this.options = b.options;
    this.regions = Map.copyOf(b.regions);
    this.unitInputs = List.copyOf(b.unitInputs);
    this.punctuationInterval = b.punctuationInterval;
    this.maxComplaintsPerPunctuation = b.maxComplaintsPerPunctuation;
    this.maxEventDelay = b.maxEventDelay;
    this.inMemoryStores = b.inMemoryStores;
  }

  /**
   * A builder with the default topic names, a 30-second punctuation interval, the default metric options, no
   * regions, no unit inputs and persistent (RocksDB) stores.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The input topic: key the complaint id, value the event as {@code dev.complaints.core.json.Json} writes it.
   *
   * @return the topic name
   */
  public String eventsTopic() {
    return eventsTopic;
  }

  /**
   * The topic of SLA light changes: key the complaint id, value an {@link AlertChange} as JSON.
   *
   * @return the topic name
   */
  public String alertsTopic() {
    return alertsTopic;
  }

  /**
   * The topic of ticket records, one each time a complaint closes: key the complaint id, value the record as
   * {@code TicketWriter.toJsonLine} writes it.
   *
   * @return the topic name
   */
  public String ticketsTopic() {
    return ticketsTopic;
  }

  /**
   * The topic of monthly scorecards: key {@code unit|yyyy-MM}, value the unit's scorecard as JSON.
   *
   * @return the topic name
   */
  public String scorecardsTopic() {
    return scorecardsTopic;
  }

  /**
   * The SLA policy of the live lights and of the scorecards' red lights.
   *
   * @return the policy
   */
  public SlaPolicy policy() {
    return policy;
  }

  /**
   * The workflow definition the events come from (its terminal nodes and acceptance shape the ticket records).
   *
   * @return the definition
   */
  public WorkflowDefinition workflow() {
    return workflow;
  }

  /**
   * The rubric of the scorecards.
   *
   * @return the rubric
   */
  public Rubric rubric() {
    return rubric;
  }

  /**
   * The metric options of the scorecards (zone of the months, exclusions).
   *
   * @return the options
   */
  public MetricOptions options() {
    return options;
  }

  /**
   * The region of each org unit, written into the ticket records.
   *
   * @return unit id to region id
   */
  public Map<String, String> regions() {
    return regions;
  }

  /**
   * Monthly inputs from outside the complaint data (inspections, telephony) the scorecards use.
   *
   * @return the inputs, of any months
   */
  public List<UnitInputs> unitInputs() {
    return unitInputs;
  }

  /**
   * How often the wall-clock punctuation looks for due light changes: an alert is emitted no later than this
   * after the instant its light changed.
   *
   * @return the interval
   */
  public Duration punctuationInterval() {
    return punctuationInterval;
  }

  /**
   * The most complaints one punctuation compares; the other due complaints stay in the index for the next
   * punctuations, in the order they fell due. One punctuation runs in one transaction, which must commit within
   * the transaction and poll timeouts even after a long stop or when many lights change at one instant; each
   * complaint costs a replay of its history.
   *
   * @return the bound, at least 1
   */
  public int maxComplaintsPerPunctuation() {
    return maxComplaintsPerPunctuation;
  }

  /**
   * How long an event may take to reach the topology after its instant. A light change at {@code t} is reported
   * once the wall clock has passed {@code t} and either the events partition's stream time (the latest event
   * timestamp seen) has passed {@code t} too or the wall clock has passed {@code t} plus this delay. Zero (the
   * default) reports on the wall clock alone, within one punctuation interval; a longer delay keeps a change that
   * a late event undoes (a resolution that stops the timer first, held up by a failover) from being reported and
   * then corrected, at the cost of that much latency on a partition where no events arrive.
   *
   * @return the delay, zero or positive
   */
  public Duration maxEventDelay() {
    return maxEventDelay;
  }

  /**
   * Whether the state stores are kept in memory (still backed by changelog topics) instead of RocksDB.
   *
   * @return true for in-memory stores
   */
  public boolean inMemoryStores() {
    return inMemoryStores;
  }

  @Override
  public String toString() {
    return "ComplaintTopologyConfig[events=" + eventsTopic + ", alerts=" + alertsTopic + ", tickets=" + ticketsTopic
        + ", scorecards=" + scorecardsTopic + ", policy=" + policy.id() + ", rubric=" + rubric.id()
        + ", punctuation=" + punctuationInterval + ", maxComplaintsPerPunctuation=" + maxComplaintsPerPunctuation
        + ", maxEventDelay=" + maxEventDelay + "]";
  }

  /** Builds a {@link ComplaintTopologyConfig}. Not thread-safe. */
  public static final class Builder {
    private String eventsTopic = EVENTS_TOPIC;
    private String alertsTopic = ALERTS_TOPIC;
    private String ticketsTopic = TICKETS_TOPIC;
    private String scorecardsTopic = SCORECARDS_TOPIC;
    private SlaPolicy policy;
    private WorkflowDefinition workflow;
    private Rubric rubric;
    private MetricOptions options = MetricOptions.defaults();
    private final Map<String, String> regions = new LinkedHashMap<>();
    private final List<UnitInputs> unitInputs = new ArrayList<>();
    private Duration punctuationInterval = DEFAULT_PUNCTUATION_INTERVAL;
    private int maxComplaintsPerPunctuation = DEFAULT_MAX_COMPLAINTS_PER_PUNCTUATION;
    private Duration maxEventDelay = Duration.ZERO;
    private boolean inMemoryStores;

    private Builder() {}

    /**
     * The topic names.
     *
     * @param events the input topic of complaint events
     * @param alerts the output topic of SLA light changes
     * @param tickets the output topic of ticket records
     * @param scorecards the output topic of monthly scorecards
     * @return this builder
     */
    public Builder topics(String events, String alerts, String tickets, String scorecards) {
      this.eventsTopic = topic(events, "events");
      this.alertsTopic = topic(alerts, "alerts");
      this.ticketsTopic = topic(tickets, "tickets");
      this.scorecardsTopic = topic(scorecards, "scorecards");
      return this;
    }

    private static String topic(String name, String what) {
      Objects.requireNonNull(name, what);
      if (name.isBlank()) {
        throw new IllegalArgumentException("the " + what + " topic name is blank");
      }
      return name;
    }

    /**
     * The SLA policy (required).
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder policy(SlaPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * The workflow definition (required).
     *
     * @param workflow the definition
     * @return this builder
     */
    public Builder workflow(WorkflowDefinition workflow) {
      this.workflow = Objects.requireNonNull(workflow, "workflow");
      return this;
    }

    /**
     * The rubric of the scorecards (required).
     *
     * @param rubric the rubric
     * @return this builder
     */
    public Builder rubric(Rubric rubric) {
      this.rubric = Objects.requireNonNull(rubric, "rubric");
      return this;
    }

    /**
     * The metric options (default {@link MetricOptions#defaults()}).
     *
     * @param options the options
     * @return this builder
     */
    public Builder options(MetricOptions options) {
      this.options = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * The regions of org units (replaces those given before).
     *
     * @param regions unit id to region id
     * @return this builder
     */
    public Builder regions(Map<String, String> regions) {
      this.regions.clear();
      this.regions.putAll(Objects.requireNonNull(regions, "regions"));
      return this;
    }

    /**
     * Monthly unit inputs (replaces those given before).
     *
     * @param inputs the inputs, of any months
     * @return this builder
     */
    public Builder unitInputs(List<UnitInputs> inputs) {
      this.unitInputs.clear();
      this.unitInputs.addAll(Objects.requireNonNull(inputs, "inputs"));
      return this;
    }

    /**
     * The punctuation interval (default 30 seconds).
     *
     * @param interval positive, at least one millisecond
     * @return this builder
     */
    public Builder punctuationInterval(Duration interval) {
      Objects.requireNonNull(interval, "interval");
      if (interval.toMillis() < 1) {
        throw new IllegalArgumentException("the punctuation interval must be at least 1 ms, not " + interval);
      }
      this.punctuationInterval = interval;
      return this;
    }

    /**
     * The most complaints one punctuation compares (default {@value ComplaintTopologyConfig#DEFAULT_MAX_COMPLAINTS_PER_PUNCTUATION}); see
     * {@link ComplaintTopologyConfig#maxComplaintsPerPunctuation()}.
     *
     * @param max at least 1
     * @return this builder
     */
    public Builder maxComplaintsPerPunctuation(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("the complaints per punctuation must be at least 1, not " + max);
      }
      this.maxComplaintsPerPunctuation = max;
      return this;
    }

    /**
     * How long an event may take to reach the topology (default zero); see
     * {@link ComplaintTopologyConfig#maxEventDelay()}.
     *
     * @param delay zero or positive
     * @return this builder
     */
    public Builder maxEventDelay(Duration delay) {
      Objects.requireNonNull(delay, "delay");
      if (delay.isNegative()) {
        throw new IllegalArgumentException("the maximum event delay cannot be negative: " + delay);
      }
      this.maxEventDelay = delay;
      return this;
    }

    /**
     * Keeps the state stores in memory instead of RocksDB (default false). They are still restored from their
     * changelog topics, which takes longer at start for large stores.
     *
     * @param inMemory true for in-memory stores
     * @return this builder
     */
    public Builder inMemoryStores(boolean inMemory) {
      this.inMemoryStores = inMemory;
      return this;
    }

    /**
     * Builds the config.
     *
     * @return the config
     * @throws IllegalStateException when the policy, the workflow or the rubric is missing
     */
    public ComplaintTopologyConfig build() {
      if (policy == null || workflow == null || rubric == null) {
        throw new IllegalStateException("a complaint topology needs policy(...), workflow(...) and rubric(...)");
      }
      return new ComplaintTopologyConfig(this);
    }
  }
}
