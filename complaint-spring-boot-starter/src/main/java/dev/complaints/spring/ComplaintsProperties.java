package dev.complaints.spring;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code complaints.*} settings of the auto-configuration. Every value is checked when the application
 * starts; a bad one stops the start with a {@link ComplaintsConfigurationException} naming the property and what
 * it allows.
 */
@ConfigurationProperties(prefix = "complaints")
public class ComplaintsProperties {

  /**
   * Workflow preset: mall-ticket, seven-step or retail-plan. Used when no workflow-file is given; mall-ticket when
   * neither is set.
   */
  private @Nullable String workflow;

  /**
   * Workflow definition file (JSON) used in place of a preset; a file path, or classpath:name for a class path
   * resource. Cannot be combined with complaints.workflow.
   */
  private @Nullable String workflowFile;

  /**
   * SLA policy preset: mall-ticket, seven-step or retail-plan. When neither this nor policy-file is set, the
   * preset with the workflow's id is used, or mall-ticket when there is none.
   */
  private @Nullable String policy;

  /**
   * SLA policy file (JSON) used in place of a preset; a file path, or classpath:name. Cannot be combined with
   * complaints.policy.
   */
  private @Nullable String policyFile;

  /**
   * National working-day calendar file (JSON) used in place of the bundled cn-national calendar; policies find it
   * as cn-national and under its own id. A file path, or classpath:name.
   */
  private @Nullable String calendarFile;

  /**
   * What the SLA policy does with dates past the years of a holiday-data calendar: refuse (an error naming the
   * covered years) or weekly (the calendar's weekly windows alone). When not set: refuse, or the choice written in
   * the policy file.
   */
  private @Nullable String unknownYears;

  /** The SLA alert scheduler. */
  private final Scheduler scheduler = new Scheduler();

  /**
   * The workflow preset id.
   *
   * @return the id, null when not set
   */
  public @Nullable String getWorkflow() {
    return workflow;
  }

  /**
   * Sets the workflow preset id.
   *
   * @param workflow mall-ticket, seven-step or retail-plan
   */
  public void setWorkflow(@Nullable String workflow) {
    this.workflow = workflow;
  }

  /**
   * The workflow definition file.
   *
   * @return the location, null when not set
   */
  public @Nullable String getWorkflowFile() {
    return workflowFile;
  }

  /**
   * Sets the workflow definition file.
   *
   * @param workflowFile a file path, or {@code classpath:name}
   */
  public void setWorkflowFile(@Nullable String workflowFile) {
    this.workflowFile = workflowFile;
  }

  /**
   * The SLA policy preset id.
   *
   * @return the id, null when not set
   */
  public @Nullable String getPolicy() {
    return policy;
  }

  /**
   * Sets the SLA policy preset id.
   *
   * @param policy mall-ticket, seven-step or retail-plan
   */
  public void setPolicy(@Nullable String policy) {
    this.policy = policy;
  }

  /**
   * The SLA policy file.
   *
   * @return the location, null when not set
   */
  public @Nullable String getPolicyFile() {
    return policyFile;
  }

  /**
   * Sets the SLA policy file.
   *
   * @param policyFile a file path, or {@code classpath:name}
   */
  public void setPolicyFile(@Nullable String policyFile) {
    this.policyFile = policyFile;
  }

  /**
   * The national working-day calendar file.
   *
   * @return the location, null when not set
   */
  public @Nullable String getCalendarFile() {
    return calendarFile;
  }

  /**
   * Sets the national working-day calendar file.
   *
   * @param calendarFile a file path, or {@code classpath:name}
   */
  public void setCalendarFile(@Nullable String calendarFile) {
    this.calendarFile = calendarFile;
  }

  /**
   * The choice for dates past a calendar's holiday data.
   *
   * @return refuse or weekly, null when not set
   */
  public @Nullable String getUnknownYears() {
    return unknownYears;
  }

  /**
   * Sets the choice for dates past a calendar's holiday data.
   *
   * @param unknownYears refuse or weekly
   */
  public void setUnknownYears(@Nullable String unknownYears) {
    this.unknownYears = unknownYears;
  }

  /**
   * The SLA alert scheduler settings.
   *
   * @return the settings
   */
  public Scheduler getScheduler() {
    return scheduler;
  }

  /** The {@code complaints.scheduler.*} settings. */
  public static class Scheduler {

    /** Whether the SLA alert scheduler runs and publishes SlaAlertChanged events. */
    private boolean enabled = true;

    /** The longest the scheduler sleeps between two looks at the SLA lights. */
    private Duration maxSleep = Duration.ofMinutes(1);

    /** Creates the settings with their defaults. */
    public Scheduler() {}

    /**
     * Whether the scheduler runs.
     *
     * @return true by default
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets whether the scheduler runs.
     *
     * @param enabled true to run it
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /**
     * The longest single sleep.
     *
     * @return one minute by default
     */
    public Duration getMaxSleep() {
      return maxSleep;
    }

    /**
     * Sets the longest single sleep.
     *
     * @param maxSleep a positive duration
     */
    public void setMaxSleep(Duration maxSleep) {
      this.maxSleep = maxSleep;
    }
  }
}
