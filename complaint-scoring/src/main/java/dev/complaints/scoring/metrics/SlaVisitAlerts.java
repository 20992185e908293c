package dev.complaints.scoring.metrics;

import dev.complaints.scoring.record.PauseRecord;
import dev.complaints.scoring.record.StageRecord;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.policy.SlaPolicy;
import dev.complaints.sla.timer.Pause;
import dev.complaints.sla.timer.StageVisit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Alert levels of node visits derived with an SLA policy: each visit of a node that has a target in the policy
 * is one timer, evaluated on the target's clock with the ticket's final grade, its approved extensions and
 * its pauses. Thread-safe when the policy is (policies are immutable).
 */
public final class SlaVisitAlerts implements VisitAlerts {
  private final SlaPolicy policy;

  private SlaVisitAlerts(SlaPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /**
   * Alerts from a policy, for example {@code SlaPolicies.mallTicket()}.
   *
   * @param policy the policy
   * @return the evaluator
   */
  public static SlaVisitAlerts of(SlaPolicy policy) {
    return new SlaVisitAlerts(policy);
  }

  /**
   * The policy.
   *
   * @return the policy
   */
  public SlaPolicy policy() {
    return policy;
  }

  @Override
  public AlertLevel highestLevel(TicketRecord ticket, StageRecord visit, Instant asOf) {
    if (policy.nodeTarget(visit.stage()).isEmpty()) {
      return AlertLevel.NONE;
    }
    List<Duration> extensions = new ArrayList<>(visit.extensions().size());
    for (Duration d : visit.extensions()) {
      if (!d.isZero()) {
        extensions.add(d);
      }
    }
    List<Pause> pauses = new ArrayList<>(visit.pauses().size());
    for (PauseRecord p : visit.pauses()) {
      pauses.add(new Pause(p.from(), p.to()));
    }
    StageVisit v =
        new StageVisit(visit.stage(), ticket.grade(), visit.enteredAt(), visit.leftAt(), extensions, pauses);
    return policy.evaluate(v, asOf).map(o -> o.highestLevel()).orElse(AlertLevel.NONE);
  }
}
