package dev.complaints.core.command;

import dev.complaints.core.internal.Checks;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Records that the handling was carried out, and how.
 *
 * @param commandId unique id of this command; a repeated id is applied once
 * @param complaintId the complaint it is for
 * @param actor who issues it, with roles
 * @param at when it is issued
 * @param resolution what was done
 * @param rootCause the root cause found (问题根源), a code of the engine's {@link
 *     dev.complaints.core.model.RootCauseTaxonomy}; null when not stated
 */
public record RecordResolution(
    String commandId,
    String complaintId,
    Actor actor,
    Instant at,
    String resolution,
    @Nullable String rootCause)
    implements Command {

  /**
   * Creates the command; every argument is checked.
   *
   * @param commandId unique id of this command; a repeated id is applied once
   * @param complaintId the complaint it is for
   * @param actor who issues it, with roles
   * @param at when it is issued
   * @param resolution what was done
   * @param rootCause the root cause code, or null
   */
  public RecordResolution {
    Command.checkCommon(commandId, complaintId, actor, at, "RecordResolution");
    Checks.notBlank(resolution, "RecordResolution.resolution");
    Checks.nullOrNotBlank(rootCause, "RecordResolution.rootCause");
  }

  /**
   * A resolution without a root cause.
   *
   * @param commandId unique id of this command; a repeated id is applied once
   * @param complaintId the complaint it is for
   * @param actor who issues it, with roles
   * @param at when it is issued
   * @param resolution what was done
   */
  public RecordResolution(String commandId, String complaintId, Actor actor, Instant at, String resolution) {
    this(commandId, complaintId, actor, at, resolution, null);
  }

  /**
   * A builder with no field set.
   *
   * @return a builder whose {@link Builder#build()} runs the checks of the canonical constructor
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RecordResolution}: the four common fields ({@link CommandBuilder}), then its own, each by name.
   */
  public static final class Builder extends CommandBuilder<Builder, RecordResolution> {
    private @Nullable String resolution;
    private @Nullable String rootCause;

    private Builder() {}

    /**
     * Sets {@code resolution}.
     *
     * @param resolution what was done
     * @return this builder
     */
    public Builder resolution(String resolution) {
      this.resolution = resolution;
      return this;
    }

    /**
     * Sets {@code rootCause}.
     *
     * @param rootCause the root cause code, or null
     * @return this builder
     */
    public Builder rootCause(@Nullable String rootCause) {
      this.rootCause = rootCause;
      return this;
    }

    @Override
    public RecordResolution build() {
      return new RecordResolution(commandId, complaintId, actor, at, resolution, rootCause);
    }
  }
}
