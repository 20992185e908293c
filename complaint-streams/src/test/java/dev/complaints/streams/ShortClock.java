package dev.complaints.streams;

import dev.complaints.core.workflow.WorkflowPresets;
import dev.complaints.scoring.rubric.Rubrics;
import dev.complaints.sla.policy.SlaPolicies;
import dev.complaints.sla.policy.SlaPolicy;
import java.time.Duration;
import java.util.Map;

/**
 * A topology whose HANDLING limit is ten seconds on a continuous clock, so that lights change within a test on a
 * real broker: yellow after 6 s, red 10 s after entering HANDLING.
 */
final class ShortClock {
  static final Duration LIMIT = Duration.ofSeconds(10);
  static final Duration INTERVAL = Duration.ofMillis(500);
  static final SlaPolicy POLICY = SlaPolicies.read("""
      {"id": "short-handling", "description": "HANDLING within ten seconds",
       "alerts": {"yellow": 0.6, "red2": 1.5, "red3": 2.0},
       "targets": [{"name": "HANDLING", "node": "HANDLING", "clock": "CONTINUOUS", "limit": "PT10S"}]}
      """);
  static final Map<String, String> REGIONS = Map.of("plaza-01", "city-a", "plaza-02", "city-a", "plaza-03",
      "city-b");

  private ShortClock() {}

  static ComplaintTopologyConfig config(String suffix) {
    return ComplaintTopologyConfig.builder()
        .topics("events-" + suffix, "alerts-" + suffix, "tickets-" + suffix, "scorecards-" + suffix)
        .policy(POLICY)
        .workflow(WorkflowPresets.mallTicket())
        .rubric(Rubrics.mallScorecard())
        .regions(REGIONS)
        .punctuationInterval(INTERVAL)
        // events of a killed instance's partitions wait for the failover: their changes wait for them
        .maxEventDelay(Duration.ofSeconds(30))
        .build();
  }
}
