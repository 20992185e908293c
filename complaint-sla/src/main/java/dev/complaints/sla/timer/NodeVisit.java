package dev.complaints.sla.timer;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One visit of a complaint to a workflow node as a record of it holds it, whatever its grade: what
 * {@link dev.complaints.sla.policy.SlaPolicy#highestLevel(NodeVisit, dev.complaints.core.model.Grade, Instant)}
 * times. {@link StageVisit} is one; a host's own record of a visit can be another, so that scoring many visits
 * makes no copy of each.
 */
public interface NodeVisit {

  /**
   * The node.
   *
   * @return the node, not blank
   */
  String node();

  /**
   * When the complaint entered the node.
   *
   * @return the entry
   */
  Instant enteredAt();

  /**
   * When it left.
   *
   * @return the exit, not before {@link #enteredAt()}; null while the complaint is still in the node
   */
  @Nullable Instant leftAt();

  /**
   * The approved extensions, each applying from its approval instant.
   *
   * @return the extensions
   */
  List<Extension> extensions();

  /**
   * The clock pauses; they count only where the node's target pauses on a paused clock.
   *
   * @return the pauses
   */
  List<Pause> pauses();
}
