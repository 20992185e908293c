package dev.complaints.spring;

import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.store.ComplaintStore;
import dev.complaints.core.store.InMemoryComplaintStore;
import dev.complaints.core.workflow.WorkflowDefinition;
import dev.complaints.core.workflow.WorkflowEngine;
import dev.complaints.sla.policy.SlaPolicy;
import dev.complaints.sla.tracker.SlaTracker;
import java.time.Clock;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.TaskScheduler;

/**
 * Auto-configuration of the complaint handling SDK: the workflow, the engine, the SLA policy, a clock, the
 * complaint store (in memory unless the application, or an auto-configuration ordered before this one, gives
 * one), the SLA tracker, the {@link ComplaintCommands} service and the {@link SlaAlertScheduler}. Every bean
 * steps back when the application defines one of the same type.
 */
@AutoConfiguration
@EnableConfigurationProperties(ComplaintsProperties.class)
public class ComplaintsAutoConfiguration {
  private static final Logger LOG = LoggerFactory.getLogger(ComplaintsAutoConfiguration.class);

  /** Created by Spring. */
  public ComplaintsAutoConfiguration() {}

  /**
   * The workflow of {@code complaints.workflow} or {@code complaints.workflow-file}.
   *
   * @param properties the settings
   * @return the definition
   */
  @Bean
  @ConditionalOnMissingBean
  public WorkflowDefinition complaintsWorkflowDefinition(ComplaintsProperties properties) {
    return ComplaintsSettings.workflow(properties);
  }

  /**
   * The workflow engine, with the definition's category taxonomy and the default grade scale.
   *
   * @param definition the workflow
   * @return the engine
   */
  @Bean
  @ConditionalOnMissingBean
  public WorkflowEngine complaintsWorkflowEngine(WorkflowDefinition definition) {
    return WorkflowEngine.of(definition);
  }

  /**
   * The SLA policy of {@code complaints.policy} or {@code complaints.policy-file}, with
   * {@code complaints.calendar-file} and {@code complaints.unknown-years}.
   *
   * @param properties the settings
   * @param definition the workflow whose nodes the policy's node targets must name
   * @return the policy
   */
  @Bean
  @ConditionalOnMissingBean
  public SlaPolicy complaintsSlaPolicy(ComplaintsProperties properties, WorkflowDefinition definition) {
    SlaPolicy policy = ComplaintsSettings.policy(properties, definition);
    java.time.LocalDate end = policy.calendarDataEnds();
    if (end != null) {
      LOG.info("SLA policy {}: holiday data ends {}; later dates are {}",
          policy.id(), end, policy.unknownYears() == dev.complaints.sla.policy.UnknownYears.WEEKLY
              ? "timed by the weekly windows alone" : "refused");
    }
    return policy;
  }

  /**
   * The clock commands and SLA lights are judged by, when the application has none.
   *
   * @return {@link Clock#systemUTC()}
   */
  @Bean
  @ConditionalOnMissingBean
  public Clock complaintsClock() {
    return Clock.systemUTC();
  }

  /**
   * The complaint store when none is given: in memory, so everything is lost when the application stops.
   *
   * @return the store
   */
  @Bean
  @ConditionalOnMissingBean
  public ComplaintStore complaintStore() {
    LOG.warn("complaints are kept in memory only and are lost when the application stops;"
        + " define a ComplaintStore bean to keep them");
    return new InMemoryComplaintStore();
  }

  /**
   * The SLA tracker, fed with every stored event at start.
   *
   * @param policy the policy of every complaint
   * @param store the store
   * @return the tracker
   */
  @Bean
  @ConditionalOnMissingBean
  public SlaTracker complaintsSlaTracker(SlaPolicy policy, ComplaintStore store) {
    SlaTracker tracker = new SlaTracker(policy);
    try (Stream<ComplaintEvent> events = store.streamAll()) {
      events.forEach(tracker::apply);
    }
    LOG.info("SLA tracker loaded {} complaints from the store", tracker.complaintIds().size());
    return tracker;
  }

  /**
   * The application service that decides and stores commands.
   *
   * @param engine the engine
   * @param store the store
   * @param tracker the tracker
   * @param publisher the application event publisher
   * @param observers every {@link ComplaintCommandObserver} bean
   * @return the service
   */
  @Bean
  @ConditionalOnMissingBean
  public ComplaintCommands complaintCommands(WorkflowEngine engine, ComplaintStore store, SlaTracker tracker,
      ApplicationEventPublisher publisher, ObjectProvider<ComplaintCommandObserver> observers) {
    return new ComplaintCommands(engine, store, tracker, publisher, observers.orderedStream().toList());
  }

  /** The SLA alert scheduler, unless {@code complaints.scheduler.enabled} is false. */
  @Configuration(proxyBeanMethods = false)
  @Conditional(SchedulerEnabledCondition.class)
  public static class SchedulerConfiguration {

    /** Created by Spring. */
    public SchedulerConfiguration() {}

    /**
     * The scheduler, on the application's task scheduler when it has exactly one, else on a thread of its own.
     *
     * @param properties the settings
     * @param tracker the tracker
     * @param clock the clock
     * @param publisher the application event publisher
     * @param taskSchedulers the application's task schedulers
     * @return the scheduler
     */
    @Bean
    @ConditionalOnMissingBean
    public SlaAlertScheduler slaAlertScheduler(ComplaintsProperties properties, SlaTracker tracker, Clock clock,
        ApplicationEventPublisher publisher, ObjectProvider<TaskScheduler> taskSchedulers) {
      TaskScheduler host = taskSchedulers.getIfUnique();
      return host != null
          ? new SlaAlertScheduler(tracker, clock, host, publisher, ComplaintsSettings.maxSleep(properties))
          : SlaAlertScheduler.withOwnThread(tracker, clock, publisher, ComplaintsSettings.maxSleep(properties));
    }
  }
}
