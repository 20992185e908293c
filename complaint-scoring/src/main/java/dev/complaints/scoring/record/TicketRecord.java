package dev.complaints.scoring.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.complaints.core.json.internal.Wording;
import dev.complaints.core.model.Channel;
import dev.complaints.core.model.ClosureReason;
import dev.complaints.core.model.Grade;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The flat timeline of one ticket, as a CRM exports it, one JSON object per line (see docs/scoring.md).
 *
 * <p>SLA outcomes are not part of the record: they are derived from the stages with an SLA policy.
 * The grade is the ticket's final grade.
 *
 * @param id ticket id
 * @param unit the responsible unit (plaza / store)
 * @param region the unit's region (city company); null when the export does not name it
 * @param channel intake channel
 * @param category category code, for example {@code MERCHANT_SERVICE}
 * @param grade final grade
 * @param acceptedAt when the ticket was accepted
 * @param stages node visits in the order they happened
 * @param returnVisit outcome of the return visit; null when there was none
 * @param closedAt when the ticket was closed; null while it is open
 * @param closeReason why it was closed; null when the export does not say ({@code RESOLVED}, {@code UNRESOLVED} for a close
 *     decided without a satisfied customer, …; the workflow's close reason codes)
 * @param subject the merchant, tenant, store or service complained about (for repeats and hot spots); null when
 *     not given
 * @param location where it happened (for hot spots); null when not given
 * @param department the department of the last dispatch (the department complained about, 责任部门); null when
 *     not given
 * @param handler the assignee of the last dispatch (the person who handled it); null when not given
 * @param rootCause the root-cause code recorded with the resolution (问题根源, docs/domain.md §"Root causes");
 *     null when not given
 * @param plan the handling plan (due, carried out, drafts); null when the ticket had no confirmed plan
 * @param reportedAt when the ticket was first reported upward (上报, docs/domain.md "Reporting upward"); null when
 *     it was not reported or the export does not say
 */
public record TicketRecord(
    String id,
    String unit,
    @Nullable String region,
    Channel channel,
    String category,
    Grade grade,
    Instant acceptedAt,
    List<StageRecord> stages,
    @Nullable ReturnVisitRecord returnVisit,
    @Nullable Instant closedAt,
    @Nullable String closeReason,
    @Nullable String subject,
    @Nullable String location,
    @Nullable String department,
    @Nullable String handler,
    @Nullable String rootCause,
    @Nullable PlanRecord plan,
    @Nullable Instant reportedAt) {

  /**
   * Validates the record.
   *
   * @param id not blank
   * @param unit not blank
   * @param region null, or not blank
   * @param channel not null
   * @param category not blank
   * @param grade not null
   * @param acceptedAt not null
   * @param stages not null (may be empty)
   * @param returnVisit the return visit, or null
   * @param closedAt null, or not before {@code acceptedAt}
   * @param closeReason null, or not blank and only with {@code closedAt}
   * @param subject the subject, or null
   * @param location the location, or null
   * @param department null, or not blank
   * @param handler null, or not blank
   * @param rootCause null, or not blank
   * @param plan the plan, or null
   * @param reportedAt the first report upward, or null
   */
  public TicketRecord {
    id = Fields.text(id, "id");
    unit = Fields.text(unit, "unit");
    if (region != null) {
      Fields.text(region, "region");
    }
    Fields.required(channel, "channel");
    category = Fields.text(category, "category");
    Fields.required(grade, "grade");
    Fields.required(acceptedAt, "acceptedAt");
    stages = Fields.list(stages);
    if (closeReason != null) {
      Fields.text(closeReason, "closeReason");
    }
    if (closeReason != null && closedAt == null) {
      throw new FieldException("closeReason", "must not be given without closedAt (only a closed ticket has a close"
          + " reason)");
    }
    if (closedAt != null && closedAt.isBefore(acceptedAt)) {
      throw new FieldException("closedAt", "must not be before acceptedAt, " + acceptedAt + " (found " + closedAt
          + ")");
    }
    if (department != null) {
      Fields.text(department, "department");
    }
    if (handler != null) {
      Fields.text(handler, "handler");
    }
    if (rootCause != null) {
      Fields.text(rootCause, "rootCause");
    }
  }

  /**
   * A record without department, handler, root cause, plan and report (the fields before they existed).
   *
   * @param id ticket id
   * @param unit the responsible unit
   * @param region the region, or null
   * @param channel intake channel
   * @param category category code
   * @param grade final grade
   * @param acceptedAt acceptance
   * @param stages node visits
   * @param returnVisit the return visit, or null
   * @param closedAt the close, or null
   * @param closeReason the close reason, or null
   * @param subject the subject, or null
   * @param location the location, or null
   */
  public TicketRecord(String id, String unit, @Nullable String region, Channel channel, String category,
      Grade grade, Instant acceptedAt, List<StageRecord> stages, @Nullable ReturnVisitRecord returnVisit,
      @Nullable Instant closedAt, @Nullable String closeReason, @Nullable String subject,
      @Nullable String location) {
    this(id, unit, region, channel, category, grade, acceptedAt, stages, returnVisit, closedAt, closeReason,
        subject, location, null, null, null, null, null);
  }

  /**
   * The period a ticket belongs to: the month of its acceptance as a local date in {@code zone}.
   *
   * @param zone the unit calendar's zone
   * @return the month
   */
  public YearMonth period(ZoneId zone) {
    return YearMonth.from(acceptedAt.atZone(zone));
  }

  /**
   * Whether the ticket was closed at the given instant.
   *
   * @param asOf the instant
   * @return true when {@code closedAt <= asOf}
   */
  public boolean closedBy(Instant asOf) {
    return closedAt != null && !closedAt.isAfter(asOf);
  }

  /**
   * Whether the ticket was closed unresolved by the given instant: closed without a satisfied customer by an
   * explicit decision with a written reason (close reason {@code UNRESOLVED}).
   *
   * @param asOf the instant
   * @return true when closed by {@code asOf} with close reason {@code UNRESOLVED}
   */
  public boolean closedUnresolvedBy(Instant asOf) {
    return closedBy(asOf) && ClosureReason.UNRESOLVED.equals(closeReason);
  }

  /**
   * Starts a builder with the identifying fields. Every other field that changes a score has no default: the
   * channel, the category and the grade must be set before {@link Builder#build()}, which otherwise fails with a
   * {@link FieldException} naming the missing fields (a record built from {@link #toBuilder()} has them all).
   *
   * @param id ticket id
   * @param unit unit
   * @param acceptedAt acceptance instant
   * @return a builder
   */
  public static Builder builder(String id, String unit, Instant acceptedAt) {
    return new Builder(id, unit, acceptedAt);
  }

  /**
   * A builder initialised from this record.
   *
   * @return a builder holding this record's values
   */
  public Builder toBuilder() {
    Builder b = new Builder(id, unit, acceptedAt);
    b.region = region;
    b.channel = channel;
    b.category = category;
    b.grade = grade;
    b.stages.addAll(stages);
    b.returnVisit = returnVisit;
    b.closedAt = closedAt;
    b.closeReason = closeReason;
    b.subject = subject;
    b.location = location;
    b.department = department;
    b.handler = handler;
    b.rootCause = rootCause;
    b.plan = plan;
    b.reportedAt = reportedAt;
    return b;
  }

  /** Builds ticket records, mostly for tests and generators. */
  public static final class Builder {
    private final String id;
    private final String unit;
    private final Instant acceptedAt;
    private @Nullable String region;
    private @Nullable Channel channel;
    private @Nullable String category;
    private @Nullable Grade grade;
    private final List<StageRecord> stages = new ArrayList<>();
    private @Nullable ReturnVisitRecord returnVisit;
    private @Nullable Instant closedAt;
    private @Nullable String closeReason;
    private @Nullable String subject;
    private @Nullable String location;
    private @Nullable String department;
    private @Nullable String handler;
    private @Nullable String rootCause;
    private @Nullable PlanRecord plan;
    private @Nullable Instant reportedAt;

    private Builder(String id, String unit, Instant acceptedAt) {
      this.id = id;
      this.unit = unit;
      this.acceptedAt = acceptedAt;
    }

    /**
     * Sets the region.
     *
     * @param region region id, or null for none
     * @return this builder
     */
    public Builder region(@Nullable String region) {
      this.region = region;
      return this;
    }

    /**
     * Sets the channel.
     *
     * @param channel the channel
     * @return this builder
     */
    public Builder channel(Channel channel) {
      this.channel = channel;
      return this;
    }

    /**
     * Sets the category code.
     *
     * @param category the code
     * @return this builder
     */
    public Builder category(String category) {
      this.category = category;
      return this;
    }

    /**
     * Sets the final grade.
     *
     * @param grade the grade
     * @return this builder
     */
    public Builder grade(Grade grade) {
      this.grade = grade;
      return this;
    }

    /**
     * Appends a stage visit.
     *
     * @param stage the visit
     * @return this builder
     */
    public Builder stage(StageRecord stage) {
      stages.add(stage);
      return this;
    }

    /**
     * Replaces every stage visit.
     *
     * @param stages the visits, in order
     * @return this builder
     */
    public Builder stages(List<StageRecord> stages) {
      this.stages.clear();
      this.stages.addAll(List.copyOf(stages));
      return this;
    }

    /**
     * Appends a stage visit without extensions or pauses.
     *
     * @param stage node name
     * @param enteredAt entry
     * @param leftAt exit, or null while still there
     * @return this builder
     */
    public Builder stage(String stage, Instant enteredAt, @Nullable Instant leftAt) {
      return stage(StageRecord.of(stage, enteredAt, leftAt));
    }

    /**
     * Sets the return visit outcome.
     *
     * @param returnVisit the outcome, or null for none
     * @return this builder
     */
    public Builder returnVisit(@Nullable ReturnVisitRecord returnVisit) {
      this.returnVisit = returnVisit;
      return this;
    }

    /**
     * Sets the closing instant.
     *
     * @param closedAt when closed, or null when open
     * @return this builder
     */
    public Builder closedAt(@Nullable Instant closedAt) {
      this.closedAt = closedAt;
      return this;
    }

    /**
     * Sets the close reason.
     *
     * @param closeReason the workflow's close reason code (for example {@code UNRESOLVED}), or null
     * @return this builder
     */
    public Builder closeReason(@Nullable String closeReason) {
      this.closeReason = closeReason;
      return this;
    }

    /**
     * Sets the subject complained about.
     *
     * @param subject the subject, or null
     * @return this builder
     */
    public Builder subject(@Nullable String subject) {
      this.subject = subject;
      return this;
    }

    /**
     * Sets the location.
     *
     * @param location the location, or null
     * @return this builder
     */
    public Builder location(@Nullable String location) {
      this.location = location;
      return this;
    }

    /**
     * Sets the department of the last dispatch.
     *
     * @param department the department, or null
     * @return this builder
     */
    public Builder department(@Nullable String department) {
      this.department = department;
      return this;
    }

    /**
     * Sets the assignee of the last dispatch.
     *
     * @param handler the handler, or null
     * @return this builder
     */
    public Builder handler(@Nullable String handler) {
      this.handler = handler;
      return this;
    }

    /**
     * Sets the root cause.
     *
     * @param rootCause the root-cause code, or null
     * @return this builder
     */
    public Builder rootCause(@Nullable String rootCause) {
      this.rootCause = rootCause;
      return this;
    }

    /**
     * Sets the plan.
     *
     * @param plan the plan, or null
     * @return this builder
     */
    public Builder plan(@Nullable PlanRecord plan) {
      this.plan = plan;
      return this;
    }

    /**
     * Sets when the ticket was first reported upward.
     *
     * @param reportedAt the first report upward, or null when it was not reported
     * @return this builder
     */
    public Builder reportedAt(@Nullable Instant reportedAt) {
      this.reportedAt = reportedAt;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return the validated record
     * @throws FieldException when the channel, the category or the grade was not set (the field is the first
     *     missing one, the message names every missing one), or when a value is not allowed
     */
    public TicketRecord build() {
      List<String> missing = new ArrayList<>();
      if (channel == null) {
        missing.add("channel");
      }
      if (category == null) {
        missing.add("category");
      }
      if (grade == null) {
        missing.add("grade");
      }
      if (!missing.isEmpty()) {
        throw new FieldException(missing.get(0), Wording.MISSING + " (the builder of ticket " + id
            + " has no default for a field that changes a score; missing: " + String.join(", ", missing) + ")");
      }
      return new TicketRecord(
          id,
          unit,
          region,
          channel,
          category,
          grade,
          acceptedAt,
          stages,
          returnVisit,
          closedAt,
          closeReason,
          subject,
          location,
          department,
          handler,
          rootCause,
          plan,
          reportedAt);
    }
  }

  @JsonCreator
  static TicketRecord json(
      @JsonProperty("id") String id,
      @JsonProperty("unit") String unit,
      @JsonProperty("region") String region,
      @JsonProperty("channel") String channel,
      @JsonProperty("category") String category,
      @JsonProperty("grade") String grade,
      @JsonProperty("acceptedAt") String acceptedAt,
      @JsonProperty("stages") List<StageRecord> stages,
      @JsonProperty("returnVisit") ReturnVisitRecord returnVisit,
      @JsonProperty("closedAt") String closedAt,
      @JsonProperty("closeReason") String closeReason,
      @JsonProperty("subject") String subject,
      @JsonProperty("location") String location,
      @JsonProperty("department") String department,
      @JsonProperty("handler") String handler,
      @JsonProperty("rootCause") String rootCause,
      @JsonProperty("plan") PlanRecord plan,
      @JsonProperty("reportedAt") String reportedAt) {
    return new TicketRecord(
        Fields.text(id, "id"),
        Fields.text(unit, "unit"),
        Fields.optionalText(region, "region"),
        Fields.enumValue(Channel.class, channel, "channel"),
        Fields.text(category, "category"),
        Fields.enumValue(Grade.class, grade, "grade"),
        Fields.instant(acceptedAt, "acceptedAt"),
        stages == null ? List.of() : stages,
        returnVisit,
        Fields.optionalInstant(closedAt, "closedAt"),
        Fields.optionalText(closeReason, "closeReason"),
        Fields.optionalText(subject, "subject"),
        Fields.optionalText(location, "location"),
        Fields.optionalText(department, "department"),
        Fields.optionalText(handler, "handler"),
        Fields.optionalText(rootCause, "rootCause"),
        plan,
        Fields.optionalInstant(reportedAt, "reportedAt"));
  }
}
