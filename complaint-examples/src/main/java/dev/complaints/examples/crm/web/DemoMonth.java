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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated demo month of the command-line tool's {@code demo} ({@link MonthSimulation}), loaded into the
 * store at start with {@code --complaints.demo=true}: the month's complaints and those of the month before, which
 * the simulation plays as history (so that the scorecards and statistics have a trend), exactly the complaints of
 * {@code complaint-cli demo}. A complaint already in the store is left as it is, so a restart on the same database
 * loads nothing twice.
 */
final class DemoMonth {
  private static final Logger LOG = LoggerFactory.getLogger(DemoMonth.class);

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
    YearMonth month = month(settings);
    DemoReport report = MonthSimulation.run(settings.demoSeed(), month, policy);
    for (TicketRecord t : report.tickets()) {
      scoring.region(t.unit(), t.region());
    }
    scoring.add(report.inputs());
    Map<String, List<ComplaintEvent>> byComplaint = new LinkedHashMap<>();
    for (ComplaintEvent e : report.events()) {
      byComplaint.computeIfAbsent(e.complaintId(), k -> new ArrayList<>()).add(e);
    }
    int added = 0;
    for (Map.Entry<String, List<ComplaintEvent>> c : byComplaint.entrySet()) {
      if (store.version(c.getKey()) == 0) {
        store.append(c.getKey(), 0, c.getValue());
        added++;
      }
    }
    LOG.info("demo: {} complaints of {} and the month before it loaded (seed {})", added, month,
        settings.demoSeed());
  }

}
