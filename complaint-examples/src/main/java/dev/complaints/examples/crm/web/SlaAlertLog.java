package dev.complaints.examples.crm.web;

import dev.complaints.spring.SlaAlertChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;

/**
 * Logs every SLA light change the starter's alert scheduler publishes, one INFO line each, naming the complaint
 * by id only (never the complainant's name, phone or e-mail).
 */
final class SlaAlertLog {
  private static final Logger LOG = LoggerFactory.getLogger(SlaAlertLog.class);

  @EventListener
  void changed(SlaAlertChanged change) {
    LOG.info("SLA light of complaint {}: {} {} -> {} at {} (timer {})", change.complaintId(),
        change.node() != null ? change.node() : change.target(), change.from(), change.to(), change.at(), change.timerId());
  }
}
