package dev.complaints.scoring.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.complaints.core.model.Grade;
import dev.complaints.sla.timer.Extension;
import dev.complaints.sla.timer.NodeVisit;
import dev.complaints.sla.timer.Pause;
import dev.complaints.sla.timer.StageVisit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One visit of a workflow node by a ticket. A node visited twice appears twice.
 *
 * <p>Its SLA outcome is derived with the policy by the same rules as the live timers ({@link #toVisit(Grade)}).
 *
 * @param stage the node name, for example {@code HANDLING}
 * @param enteredAt when the ticket entered the node
 * @param leftAt when it left; null while the ticket is still in the stage
 * @param extensions approved extensions of this visit's time limit, each applying from its approval instant
 * @param pauses clock pauses during this visit; they count only where the policy's target pauses (mall-ticket
 *     never does)
 */
public record StageRecord(
    String stage,
    Instant enteredAt,
    @Nullable Instant leftAt,
    List<Extension> extensions,
    List<Pause> pauses) implements NodeVisit {

  /** Node name of the handling stage (处理投诉). */
  public static final String HANDLING = "HANDLING";
  /** Node name of the return visit (集团回访). */
  public static final String RETURN_VISIT = "RETURN_VISIT";
  /** Node name of the closed state (结案). */
  public static final String CLOSED = "CLOSED";

  /**
   * Validates the visit.
   *
   * @param stage node name, not blank
   * @param enteredAt entry, not null
   * @param leftAt exit, null or not before entry
   * @param extensions the approved extensions
   * @param pauses the pauses
   * @throws FieldException naming the field that is wrong
   */
  public StageRecord {
    stage = Fields.text(stage, "stage");
    Fields.required(enteredAt, "enteredAt");
    extensions = Fields.list(extensions);
    pauses = Fields.list(pauses);
    if (leftAt != null && leftAt.isBefore(enteredAt)) {
      throw new FieldException("leftAt", "must not be before enteredAt, " + enteredAt + " (found " + leftAt
          + ")");
    }
  }

  /**
   * A visit without extensions or pauses.
   *
   * @param stage node name
   * @param enteredAt entry
   * @param leftAt exit, or null while still in the node
   * @return the visit
   */
  public static StageRecord of(String stage, Instant enteredAt, @Nullable Instant leftAt) {
    return new StageRecord(stage, enteredAt, leftAt, List.of(), List.of());
  }

  /**
   * The node of this visit: its {@link #stage()}.
   *
   * @return the node name
   */
  @Override
  public String node() {
    return stage;
  }

  /**
   * Whether the ticket had left this node by {@code asOf}.
   *
   * @param asOf the report instant
   * @return true when {@code leftAt <= asOf}
   */
  public boolean leftBy(Instant asOf) {
    return leftAt != null && !leftAt.isAfter(asOf);
  }

  /**
   * This visit as the SLA module times it, with the ticket's (final) grade.
   *
   * @param grade the grade whose limit applies
   * @return the visit
   */
  public StageVisit toVisit(Grade grade) {
    return new StageVisit(stage, grade, enteredAt, leftAt, extensions, pauses);
  }

  @JsonCreator
  static StageRecord json(
      @JsonProperty("stage") String stage,
      @JsonProperty("enteredAt") String enteredAt,
      @JsonProperty("leftAt") String leftAt,
      @JsonProperty("extensions") List<ExtensionEntry> extensions,
      @JsonProperty("pauses") List<PauseEntry> pauses) {
    Instant entered = Fields.instant(enteredAt, "enteredAt");
    List<Extension> ext = new ArrayList<>(extensions == null ? 0 : extensions.size());
    if (extensions != null) {
      for (int i = 0; i < extensions.size(); i++) {
        ExtensionEntry e = Fields.required(extensions.get(i), "extensions[" + i + "]");
        ext.add(Extension.of(e.duration, e.approvedAt != null ? e.approvedAt : entered));
      }
    }
    List<Pause> ps = new ArrayList<>(pauses == null ? 0 : pauses.size());
    if (pauses != null) {
      for (int i = 0; i < pauses.size(); i++) {
        ps.add(Fields.required(pauses.get(i), "pauses[" + i + "]").pause);
      }
    }
    return new StageRecord(Fields.text(stage, "stage"), entered, Fields.optionalInstant(leftAt, "leftAt"), ext, ps);
  }
}
