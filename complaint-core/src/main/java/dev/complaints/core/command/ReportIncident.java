package dev.complaints.core.command;

import dev.complaints.core.internal.Checks;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Records that the complaint was reported upward (上报): to whom, with what summary and when. A major or critical
 * complaint, or an incident, not reported as the rules require is a concealment finding (瞒报漏报) and an extra
 * deduction on the scorecard (docs/domain.md "Reporting upward"). Internal: never shown to the customer.
 *
 * @param commandId unique id of this command; a repeated id is applied once
 * @param complaintId the complaint it is for
 * @param actor who issues it, with roles
 * @param at when it is issued
 * @param reportedTo to whom or to which level it was reported (the group's customer service, the regional
 *     company, the general manager)
 * @param summary what was reported
 * @param reportedAt when it was reported; not after the command instant, not before the complaint was received
 */
public record ReportIncident(
    String commandId,
    String complaintId,
    Actor actor,
    Instant at,
    String reportedTo,
    String summary,
    Instant reportedAt)
    implements Command {

  /**
   * Creates the command; every argument is checked.
   *
   * @param commandId unique id of this command; a repeated id is applied once
   * @param complaintId the complaint it is for
   * @param actor who issues it, with roles
   * @param at when it is issued
   * @param reportedTo to whom or to which level it was reported
   * @param summary what was reported
   * @param reportedAt when it was reported; not after the command instant
   */
  public ReportIncident {
    Command.checkCommon(commandId, complaintId, actor, at, "ReportIncident");
    Checks.notBlank(reportedTo, "ReportIncident.reportedTo");
    Checks.notBlank(summary, "ReportIncident.summary");
    Checks.notNull(reportedAt, "ReportIncident.reportedAt");
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
   * Builds a {@link ReportIncident}: the four common fields ({@link CommandBuilder}), then its own, each by name.
   */
  public static final class Builder extends CommandBuilder<Builder, ReportIncident> {
    private @Nullable String reportedTo;
    private @Nullable String summary;
    private @Nullable Instant reportedAt;

    private Builder() {}

    /**
     * Sets {@code reportedTo}.
     *
     * @param reportedTo to whom or to which level it was reported
     * @return this builder
     */
    public Builder reportedTo(String reportedTo) {
      this.reportedTo = reportedTo;
      return this;
    }

    /**
     * Sets {@code summary}.
     *
     * @param summary what was reported
     * @return this builder
     */
    public Builder summary(String summary) {
      this.summary = summary;
      return this;
    }

    /**
     * Sets {@code reportedAt}.
     *
     * @param reportedAt when it was reported; not after the command instant
     * @return this builder
     */
    public Builder reportedAt(Instant reportedAt) {
      this.reportedAt = reportedAt;
      return this;
    }

    @Override
    public ReportIncident build() {
      return new ReportIncident(commandId, complaintId, actor, at, reportedTo, summary, reportedAt);
    }
  }
}
