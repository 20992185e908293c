package dev.complaints.scoring.metrics;

import dev.complaints.scoring.record.StageRecord;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.policy.SlaPolicy;
import dev.complaints.sla.timer.VisitOutcome;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Alert levels of node visits derived with an SLA policy: each visit of a node that has a target in the policy
 * is one timer, evaluated by {@link SlaPolicy#evaluate} &mdash; the rules of the live timers &mdash; on the target's
 * clock with the ticket's final grade, its extensions (each from its approval) and its pauses (only where the
 * target pauses). Thread-safe when the policy is (policies are immutable).
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
    return policy.highestLevel(visit, ticket.grade(), asOf);
  }

  @Override
  public @Nullable Instant firstRedAt(TicketRecord ticket, StageRecord visit, Instant asOf) {
    return evaluate(ticket, visit, asOf).map(VisitOutcome::firstRedAt).orElse(null);
  }

  private Optional<VisitOutcome> evaluate(TicketRecord ticket, StageRecord visit, Instant asOf) {
    return policy.evaluate(visit.toVisit(ticket.grade()), asOf);
  }
}
