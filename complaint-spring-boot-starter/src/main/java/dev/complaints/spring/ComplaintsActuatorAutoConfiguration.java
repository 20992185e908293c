package dev.complaints.spring;

import dev.complaints.core.store.ComplaintStore;
import dev.complaints.sla.tracker.SlaTracker;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code complaints} health indicator when Spring Boot Actuator is on the class path, and the
 * {@link ComplaintsMetrics} when Micrometer is and the application has a {@link MeterRegistry}.
 */
@AutoConfiguration(after = ComplaintsAutoConfiguration.class, afterName = {
    "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration"})
public class ComplaintsActuatorAutoConfiguration {

  /** Created by Spring. */
  public ComplaintsActuatorAutoConfiguration() {}

  /** The health indicator. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = {"org.springframework.boot.actuate.health.HealthIndicator",
      "org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator"})
  @ConditionalOnBean({ComplaintStore.class, SlaTracker.class, Clock.class})
  public static class HealthConfiguration {

    /** Created by Spring. */
    public HealthConfiguration() {}

    /**
     * The {@code complaints} health indicator; {@code management.health.complaints.enabled=false} turns it off.
     *
     * @param store the store
     * @param tracker the tracker
     * @param clock the clock
     * @return the indicator
     */
    @Bean
    @ConditionalOnMissingBean(name = "complaintsHealthIndicator")
    @ConditionalOnEnabledHealthIndicator("complaints")
    public ComplaintsHealthIndicator complaintsHealthIndicator(ComplaintStore store, SlaTracker tracker,
        Clock clock) {
      return new ComplaintsHealthIndicator(store, tracker, clock);
    }
  }

  /** The meters. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
  @ConditionalOnBean({MeterRegistry.class, SlaTracker.class, Clock.class})
  public static class MetricsConfiguration {

    /** Created by Spring. */
    public MetricsConfiguration() {}

    /**
     * The command timer and the open timer gauges.
     *
     * @param registry the registry
     * @param tracker the tracker
     * @param clock the clock
     * @return the meters
     */
    @Bean
    @ConditionalOnMissingBean
    public ComplaintsMetrics complaintsMetrics(MeterRegistry registry, SlaTracker tracker, Clock clock) {
      return new ComplaintsMetrics(registry, tracker, clock);
    }
  }
}
