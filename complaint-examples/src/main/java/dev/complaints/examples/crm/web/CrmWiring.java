package dev.complaints.examples.crm.web;

import dev.complaints.core.workflow.WorkflowEngine;
import dev.complaints.core.workflow.WorkflowPresets;
import dev.complaints.examples.crm.ComplaintService;
import dev.complaints.examples.crm.CrmPolicies;
import dev.complaints.examples.crm.JdbcComplaintStore;
import dev.complaints.examples.crm.SlaScheduler;
import dev.complaints.sla.policy.SlaPolicy;
import dev.complaints.sla.policy.UnknownYears;
import dev.complaints.sla.tracker.SlaTracker;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;

/** The example's domain pieces as beans, behind {@link CrmBackend}. */
@Configuration
@EnableConfigurationProperties(CrmSettings.class)
class CrmWiring {
  private static final Logger LOG = LoggerFactory.getLogger(CrmWiring.class);

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  WorkflowEngine workflowEngine() {
    return WorkflowEngine.of(WorkflowPresets.mallTicket());
  }

  @Bean
  TokenRegistry tokenRegistry(CrmSettings settings, WorkflowEngine engine) {
    CrmSettings.Security s = settings.security();
    List<String> roles = engine.definition().roles();
    if (s.tokensFile() != null) {
      TokenRegistry tokens = TokenRegistry.load(s.tokensFile(), roles);
      LOG.info("bearer tokens from {}", s.tokensFile().toAbsolutePath());
      return tokens;
    }
    if (!s.devTokens()) {
      throw new CrmSettingsException("no bearer tokens: --complaints.security.tokens-file is not set",
          "Give --complaints.security.tokens-file=FILE (a JSON array of {\"token\",\"actor\",\"roles\"}), or"
              + " --complaints.security.dev-tokens=true to generate local development tokens.");
    }
    TokenRegistry tokens = TokenRegistry.dev(s.devTokensFile(), roles);
    LOG.warn("development tokens (not for production) are in {}", s.devTokensFile().toAbsolutePath());
    return tokens;
  }

  @Bean
  SlaPolicy slaPolicy(CrmSettings settings) {
    try {
      return CrmPolicies.mallTicket(settings.sla().unknownYears());
    } catch (IllegalArgumentException e) {
      throw new CrmSettingsException("--complaints.sla.unknown-years: " + e.getMessage(),
          "Use weekly or refuse.");
    }
  }

  @Bean
  JdbcComplaintStore complaintStore(DataSource dataSource) {
    return JdbcComplaintStore.open(dataSource::getConnection);
  }

  /** Rebuilt from every stored event at start, once the migrations ran. */
  @Bean
  @DependsOn("flywayInitializer")
  SlaTracker slaTracker(SlaPolicy policy, JdbcComplaintStore store) {
    SlaTracker tracker = new SlaTracker(policy);
    CrmPolicies.calendarDataLine(policy, tracker.calendarDataEnds()).ifPresent(line -> {
      if (policy.unknownYears() == UnknownYears.WEEKLY) {
        LOG.warn(line);
      } else {
        LOG.info(line);
      }
    });
    try (var all = store.streamAll()) {
      all.forEach(tracker::apply);
    }
    return tracker;
  }

  @Bean(destroyMethod = "close")
  SlaScheduler slaScheduler(SlaTracker tracker, Clock clock, CrmSettings settings) {
    SlaScheduler scheduler = new SlaScheduler(tracker, clock);
    if (settings.sla().scheduler()) {
      scheduler.start();
    }
    return scheduler;
  }

  @Bean
  ComplaintService complaintService(WorkflowEngine engine, JdbcComplaintStore store, SlaScheduler scheduler) {
    ComplaintService service = new ComplaintService(engine, store);
    service.onAppend(scheduler::onEvents);
    return service;
  }

  @Bean
  CrmBackend crmBackend(ComplaintService service, JdbcComplaintStore store, SlaTracker tracker, Clock clock) {
    return new ExampleCrmBackend(service, store, tracker, clock);
  }

  @Bean
  CommandReader commandReader(Clock clock, CrmSettings settings) {
    long max = settings.maxBody().toBytes();
    if (max < 1 || max > 16L * 1024 * 1024) {
      throw new CrmSettingsException("--complaints.max-body must be 1B to 16MB, was " + settings.maxBody(),
          "Use for example 64KB.");
    }
    return new CommandReader(clock, (int) max);
  }

  @Bean
  ComplaintViews complaintViews() {
    return new ComplaintViews();
  }

  /** Also the {@code database} health indicator (the default one logs stack traces while it is down). */
  @Bean
  DatabaseStatus database(DataSource dataSource) {
    return new DatabaseStatus(dataSource);
  }
}
