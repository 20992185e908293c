package dev.complaints.sla;

import dev.complaints.sla.policy.PauseWhile;
import dev.complaints.sla.policy.SlaPolicies;
import dev.complaints.sla.policy.SlaPolicy;

/** Policies for tests of features the presets do not use. */
public final class TestPolicies {
  private TestPolicies() {}

  /**
   * The mall-ticket limits on a policy whose every target pauses while the clock is paused (mall-ticket itself
   * never pauses), for tests of pausing.
   *
   * @return the policy
   */
  public static SlaPolicy pausingMallTicket() {
    SlaPolicy base = SlaPolicies.mallTicket();
    SlaPolicy.Builder b = SlaPolicy.builder(base.id() + "-pausing").alertLadder(base.alertLadder());
    base.targets().forEach(t -> b.target(t.toBuilder().pauseWhile(PauseWhile.CLOCK_PAUSED).build()));
    return b.build();
  }

  /**
   * The mall-ticket node timers alone, without the REPORT target, for tests of node timers of MAJOR complaints.
   *
   * @return the policy
   */
  public static SlaPolicy mallTicketNodeTimers() {
    SlaPolicy base = SlaPolicies.mallTicket();
    SlaPolicy.Builder b = SlaPolicy.builder(base.id()).alertLadder(base.alertLadder());
    base.targets().stream().filter(t -> t.node() != null).forEach(b::target);
    return b.build();
  }
}
