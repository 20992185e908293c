package dev.complaints.examples.crm.web;

import dev.complaints.core.workflow.WorkflowDefinition;
import dev.complaints.core.workflow.WorkflowEngine;
import dev.complaints.core.workflow.WorkflowPresets;
import dev.complaints.examples.crm.CrmPolicies;
import dev.complaints.jdbc.JdbcComplaintStore;
import dev.complaints.sla.policy.SlaPolicy;
import dev.complaints.sla.policy.UnknownYears;
import dev.complaints.sla.tracker.SlaTracker;
import dev.complaints.spring.ComplaintCommands;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service's own beans. The domain side comes from {@code complaint-spring-boot-starter} and
 * {@code complaint-jdbc}: the workflow engine, the clock, the {@link JdbcComplaintStore} on the service's
 * DataSource (its tables migrated by the starter), the {@link SlaTracker}, {@link ComplaintCommands} and the SLA
 * alert scheduler. This class gives the starter the service's workflow and SLA policy (the {@code mall-ticket}
 * presets, with {@code --complaints.sla.unknown-years}) and puts {@link CrmBackend} in front of the rest.
 */
@Configuration
@EnableConfigurationProperties(CrmSettings.class)
class CrmWiring {
  private static final Logger LOG = LoggerFactory.getLogger(CrmWiring.class);

  /** The {@code mall-ticket} workflow, whose roles the tokens name; the starter's engine runs it. */
  @Bean
  WorkflowDefinition workflowDefinition() {
    return WorkflowPresets.mallTicket();
  }

  @Bean
  TokenRegistry tokenRegistry(CrmSettings settings, WorkflowDefinition workflow) {
    CrmSettings.Security s = settings.security();
    List<String> roles = workflow.roles();
    if (s.tokensFile() != null) {
      TokenRegistry tokens = TokenRegistry.load(s.tokensFile(), roles);
      LOG.info("bearer tokens from {}", s.tokensFile().toAbsolutePath());
      return tokens;
    }
    if (!s.devTokens() && !settings.demo()) {
      throw new CrmSettingsException("no bearer tokens: --complaints.security.tokens-file is not set",
          "Give --complaints.security.tokens-file=FILE (a JSON array of {\"token\",\"actor\",\"roles\"}), or"
              + " --complaints.security.dev-tokens=true to generate local development tokens.");
    }
    TokenRegistry tokens = TokenRegistry.dev(s.devTokensFile(), roles);
    LOG.warn("development tokens (not for production) are in {}", s.devTokensFile().toAbsolutePath());
    return tokens;
  }

  /**
   * The {@code mall-ticket} SLA policy with the service's choice for dates past the holiday data; the starter's
   * tracker, store summaries and scheduler use it. The line about where the calendar data ends is logged here,
   * at start: a warning when later dates follow the weekly rule, information when they are refused.
   */
  @Bean
  SlaPolicy slaPolicy(CrmSettings settings) {
    SlaPolicy policy;
    try {
      policy = CrmPolicies.mallTicket(settings.sla().unknownYears());
    } catch (IllegalArgumentException e) {
      throw new CrmSettingsException("--complaints.sla.unknown-years: " + e.getMessage(),
          "Use weekly or refuse.");
    }
    CrmPolicies.calendarDataLine(policy, Optional.ofNullable(policy.calendarDataEnds())).ifPresent(line -> {
      if (policy.unknownYears() == UnknownYears.WEEKLY) {
        LOG.warn(line);
      } else {
        LOG.info(line);
      }
    });
    return policy;
  }

  @Bean
  CrmBackend crmBackend(ComplaintCommands commands, JdbcComplaintStore store, SlaTracker tracker,
      WorkflowEngine engine, Clock clock) {
    return new ExampleCrmBackend(commands, store, tracker, engine, clock);
  }

  @Bean
  SlaAlertLog slaAlertLog() {
    return new SlaAlertLog();
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
