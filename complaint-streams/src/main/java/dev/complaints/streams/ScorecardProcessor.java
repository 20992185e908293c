package dev.complaints.streams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.scoring.metrics.SlaVisitAlerts;
import dev.complaints.scoring.metrics.VisitAlerts;
import dev.complaints.scoring.record.RecordFormatException;
import dev.complaints.scoring.record.TicketReader;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.scoring.record.UnitInputs;
import dev.complaints.scoring.scorecard.PeriodAccumulator;
import dev.complaints.scoring.scorecard.PeriodReport;
import dev.complaints.scoring.scorecard.PeriodReportJson;
import dev.complaints.scoring.scorecard.Scorer;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores a unit's month each time one of its ticket records arrives (the records come partitioned by unit).
 *
 * <p>The records are the state: stored by unit, month and complaint, so that a restored or moved task has them.
 * The month's {@link PeriodAccumulator} is a cache over them, built from the store on first use after the task
 * starts; a new record is added to it, and a record that replaces an earlier one of the same complaint (closed
 * again after a reopening) rebuilds it from the store, since accumulators add but cannot take away. The report
 * instant of a month is its end in the options' zone ({@link Scorer#endOf(YearMonth, java.time.ZoneId)}), the
 * usual monthly report: the scorecard converges to the batch report of the month as its records arrive.
 */
final class ScorecardProcessor implements Processor<String, String, String, String> {
  private static final Logger LOG = LoggerFactory.getLogger(ScorecardProcessor.class);
  private static final StringSerializer KEYS = new StringSerializer();
  /** Unit-months kept in memory: a task's units over the months still receiving records, with room to spare. */
  private static final int KEPT_MONTHS = 1024;

  private final ComplaintTopologyConfig config;
  private final VisitAlerts alerts;
  /** The accumulators of the unit-months seen last; one evicted is rebuilt from the store when a record comes. */
  private final Map<String, PeriodAccumulator> months = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, PeriodAccumulator> eldest) {
      return size() > KEPT_MONTHS;
    }
  };
  private @Nullable ProcessorContext<String, String> context;
  private @Nullable KeyValueStore<String, String> tickets;

  ScorecardProcessor(ComplaintTopologyConfig config) {
    this.config = config;
    this.alerts = SlaVisitAlerts.of(config.policy());
  }

  @Override
  public void init(ProcessorContext<String, String> context) {
    this.context = context;
    this.tickets = context.getStateStore(ComplaintTopology.SCORECARD_TICKETS_STORE);
    months.clear();
  }

  @Override
  public void process(Record<String, String> record) {
    if (record.value() == null) {
      return;
    }
    TicketRecord ticket;
    try {
      ticket = TicketReader.parseLine(record.value(), config.ticketsTopic(), 0);
    } catch (RecordFormatException e) {
      LOG.warn("skipping an unreadable ticket record: {}", e.getMessage());
      return;
    }
    KeyValueStore<String, String> store = requireNonNull(tickets);
    YearMonth period = ticket.period(config.options().zone());
    String month = ScorecardKey.of(ticket.unit(), period);
    String key = month + "|" + ticket.id();
    String before = store.get(key);
    if (record.value().equals(before)) {
      return; // the same record again: nothing changes
    }
    store.put(key, record.value());
    PeriodAccumulator acc = months.get(month);
    try {
      if (acc == null || before != null) {
        acc = rebuild(month, period);
        months.put(month, acc);
      } else {
        acc.accept(ticket);
      }
      requireNonNull(context).forward(new Record<>(month, scorecard(ticket.unit(), acc), record.timestamp()));
    } catch (RuntimeException e) {
      // a ticket that cannot be timed (a calendar without the year) would fail the task again and again
      LOG.warn("unit {} {}: scorecard not updated: {}", ticket.unit(), period, e.getMessage());
      months.remove(month);
    }
  }

  private PeriodAccumulator rebuild(String month, YearMonth period) {
    PeriodAccumulator acc = new PeriodAccumulator(period, asOf(period), config.options(), alerts);
    try (KeyValueIterator<String, String> it = requireNonNull(tickets).prefixScan(month + "|", KEYS)) {
      while (it.hasNext()) {
        acc.accept(TicketReader.parseLine(it.next().value, config.ticketsTopic(), 0));
      }
    }
    return acc;
  }

  private Instant asOf(YearMonth period) {
    return Scorer.endOf(period, config.options().zone());
  }

  private String scorecard(String unit, PeriodAccumulator acc) {
    List<UnitInputs> inputs = config.unitInputs().stream()
        .filter(i -> i.unit().equals(unit) && i.period().equals(acc.period()))
        .toList();
    PeriodReport report = acc.finish(inputs, config.rubric());
    ObjectNode card = (ObjectNode) PeriodReportJson.toJson(report, PeriodReportJson.Language.EN).get("units").get(0);
    ObjectNode out = card.objectNode();
    out.put("period", acc.period().toString()).put("asOf", acc.asOf().toString()).put("tickets", acc.accepted());
    out.setAll(card);
    return out.toString();
  }

  private static <T> T requireNonNull(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("the processor is not initialised");
    }
    return value;
  }
}
