package dev.complaints.examples.crm.web;

import dev.complaints.cli.demo.DemoReport;
import dev.complaints.cli.demo.MonthSimulation;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.jdbc.JdbcComplaintStore;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.sla.policy.SlaPolicy;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated demo month of the command-line tool's {@code demo} ({@link MonthSimulation}), loaded into the
 * store at start with {@code --complaints.demo=true}. The two months before it are loaded too, with only their
 * closed complaints (the simulation of a month stops on its last afternoon, and its open tickets would stay open
 * for ever), so that the scorecards have a trend and the quarter more than one month. A complaint already in
 * the store is left as it is, so a restart on the same database loads nothing twice.
 */
final class DemoMonth {
  private static final Logger LOG = LoggerFactory.getLogger(DemoMonth.class);
  /** Months loaded before the demo month, for the trend. */
  static final int MONTHS_BEFORE = 2;

  private DemoMonth() {}

  static YearMonth month(CrmSettings settings) {
    try {
      return YearMonth.parse(settings.demoMonth());
    } catch (DateTimeParseException e) {
      throw new CrmSettingsException("--complaints.demo-month must be YYYY-MM, was '" + settings.demoMonth() + "'",
          "Use for example --complaints.demo-month=2026-10.");
    }
  }

  /** The end of the simulation: where the demo's server clock starts. */
  static Instant asOf(CrmSettings settings) {
    return MonthSimulation.asOf(month(settings));
  }

  static void load(CrmSettings settings, SlaPolicy policy, JdbcComplaintStore store, ScoringInputs scoring) {
    YearMonth last = month(settings);
    int added = 0;
    for (int back = MONTHS_BEFORE; back >= 0; back--) {
      YearMonth month = last.minusMonths(back);
      DemoReport report = MonthSimulation.run(settings.demoSeed() + back, month, policy);
      for (TicketRecord t : report.tickets()) {
        scoring.region(t.unit(), t.region());
      }
      scoring.add(report.inputs());
      Set<String> closed = report.tickets().stream().filter(t -> t.closedAt() != null).map(TicketRecord::id)
          .collect(Collectors.toSet());
      Map<String, List<ComplaintEvent>> byComplaint = new LinkedHashMap<>();
      for (ComplaintEvent e : report.events()) {
        byComplaint.computeIfAbsent(e.complaintId(), k -> new ArrayList<>()).add(e);
      }
      for (Map.Entry<String, List<ComplaintEvent>> c : byComplaint.entrySet()) {
        if ((back == 0 || closed.contains(c.getKey())) && store.version(c.getKey()) == 0) {
          store.append(c.getKey(), 0, c.getValue());
          added++;
        }
      }
    }
    LOG.info("demo: {} complaints of {} and the {} months before it loaded (seed {})", added, last,
        MONTHS_BEFORE, settings.demoSeed());
  }
}
