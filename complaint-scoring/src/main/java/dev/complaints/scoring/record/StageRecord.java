package dev.complaints.scoring.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One visit of a workflow node by a ticket. A node visited twice appears twice.
 *
 * @param stage the node name, for example {@code HANDLING}
 * @param enteredAt when the ticket entered the node
 * @param leftAt when it left; empty while it is still there
 * @param extensions approved extensions of this visit's time limit
 * @param pauses pauses of this visit's timer
 */
public record StageRecord(
    String stage,
    Instant enteredAt,
    Optional<Instant> leftAt,
    List<Duration> extensions,
    List<PauseRecord> pauses) {

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
   * @param leftAt exit, not before entry when present
   * @param extensions non-negative durations
   * @param pauses pauses
   */
  public StageRecord {
    stage = Fields.text(stage, "stage");
    Fields.required(enteredAt, "enteredAt");
    Objects.requireNonNull(leftAt, "leftAt");
    extensions = Fields.list(extensions);
    pauses = Fields.list(pauses);
    if (leftAt.isPresent() && leftAt.get().isBefore(enteredAt)) {
      throw new FieldException("leftAt", leftAt.get() + " is before enteredAt " + enteredAt);
    }
    for (Duration d : extensions) {
      if (d == null || d.isNegative()) {
        throw new FieldException("extensions", "must be non-negative durations");
      }
    }
  }

  /**
   * A visit without extensions or pauses.
   *
   * @param stage node name
   * @param enteredAt entry
   * @param leftAt exit, or null while still there
   * @return the visit
   */
  public static StageRecord of(String stage, Instant enteredAt, Instant leftAt) {
    return new StageRecord(stage, enteredAt, Optional.ofNullable(leftAt), List.of(), List.of());
  }

  /**
   * Whether the ticket had left this node at the given instant.
   *
   * @param asOf the instant
   * @return true when {@code leftAt <= asOf}
   */
  public boolean leftBy(Instant asOf) {
    return leftAt.isPresent() && !leftAt.get().isAfter(asOf);
  }

  @JsonCreator
  static StageRecord json(
      @JsonProperty("stage") String stage,
      @JsonProperty("enteredAt") String enteredAt,
      @JsonProperty("leftAt") String leftAt,
      @JsonProperty("extensions") List<String> extensions,
      @JsonProperty("pauses") List<PauseRecord> pauses) {
    List<Duration> ext = List.of();
    if (extensions != null) {
      Duration[] parsed = new Duration[extensions.size()];
      for (int i = 0; i < parsed.length; i++) {
        parsed[i] = Fields.duration(extensions.get(i), "extensions[" + i + "]");
      }
      ext = List.of(parsed);
    }
    return new StageRecord(
        Fields.text(stage, "stage"),
        Fields.instant(enteredAt, "enteredAt"),
        Fields.optionalInstant(leftAt, "leftAt"),
        ext,
        pauses == null ? List.of() : pauses);
  }
}
