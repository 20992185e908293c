package dev.complaints.spring;

import static dev.complaints.spring.Fixtures.configurationError;
import static dev.complaints.spring.Fixtures.runner;
import static org.assertj.core.api.Assertions.assertThat;

import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.store.ComplaintStore;
import dev.complaints.core.store.InMemoryComplaintStore;
import dev.complaints.core.workflow.WorkflowDefinition;
import dev.complaints.core.workflow.WorkflowEngine;
import dev.complaints.core.workflow.WorkflowPresets;
import dev.complaints.sla.calendar.BusinessCalendar;
import dev.complaints.sla.calendar.BusinessCalendars;
import dev.complaints.sla.policy.SlaPolicies;
import dev.complaints.sla.policy.SlaPolicy;
import dev.complaints.sla.policy.UnknownYears;
import dev.complaints.sla.tracker.SlaTracker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComplaintsAutoConfigurationTest {

  @TempDir Path dir;

  @Test
  void defaultsCreateEveryBean() {
    runner().run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context).hasSingleBean(WorkflowDefinition.class).hasSingleBean(WorkflowEngine.class)
          .hasSingleBean(SlaPolicy.class).hasSingleBean(Clock.class).hasSingleBean(ComplaintStore.class)
          .hasSingleBean(SlaTracker.class).hasSingleBean(ComplaintCommands.class)
          .hasSingleBean(SlaAlertScheduler.class).hasSingleBean(ComplaintsProperties.class);
      assertThat(context.getBean(WorkflowDefinition.class).id()).isEqualTo("mall-ticket");
      assertThat(context.getBean(SlaPolicy.class).id()).isEqualTo("mall-ticket");
      assertThat(context.getBean(SlaPolicy.class).unknownYears()).isEqualTo(UnknownYears.REFUSE);
      assertThat(context.getBean(Clock.class)).isEqualTo(Clock.systemUTC());
      assertThat(context.getBean(ComplaintStore.class)).isInstanceOf(InMemoryComplaintStore.class);
      assertThat(context.getBean(SlaAlertScheduler.class).isRunning()).isTrue();
    });
  }

  @Test
  void hostBeansReplaceTheDefaults() {
    ComplaintStore store = new InMemoryComplaintStore();
    Clock clock = Clock.fixed(Fixtures.T0, ZoneId.of("Asia/Shanghai"));
    WorkflowDefinition workflow = WorkflowPresets.sevenStep();
    WorkflowEngine engine = WorkflowEngine.of(workflow);
    SlaPolicy policy = SlaPolicies.sevenStep();
    SlaTracker tracker = new SlaTracker(policy);
    runner()
        .withBean(ComplaintStore.class, () -> store)
        .withBean(Clock.class, () -> clock)
        .withBean(WorkflowDefinition.class, () -> workflow)
        .withBean(WorkflowEngine.class, () -> engine)
        .withBean(SlaPolicy.class, () -> policy)
        .withBean(SlaTracker.class, () -> tracker)
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(ComplaintStore.class)).isSameAs(store);
          assertThat(context.getBean(Clock.class)).isSameAs(clock);
          assertThat(context.getBean(WorkflowDefinition.class)).isSameAs(workflow);
          assertThat(context.getBean(WorkflowEngine.class)).isSameAs(engine);
          assertThat(context.getBean(SlaPolicy.class)).isSameAs(policy);
          assertThat(context.getBean(SlaTracker.class)).isSameAs(tracker);
        });
  }

  @Test
  void hostCommandsAndSchedulerReplaceTheDefaults() {
    runner()
        .withBean("hostCommands", ComplaintCommands.class, () -> new ComplaintCommands(
            WorkflowEngine.of(WorkflowPresets.mallTicket()), new InMemoryComplaintStore(),
            new SlaTracker(SlaPolicies.mallTicket()), event -> { }, List.of()))
        .withBean("hostScheduler", SlaAlertScheduler.class, () -> new SlaAlertScheduler(
            new SlaTracker(SlaPolicies.mallTicket()), Clock.systemUTC(), new Fixtures.ManualTaskScheduler(),
            event -> { }, Duration.ofMinutes(5)))
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).getBeanNames(ComplaintCommands.class).containsExactly("hostCommands");
          assertThat(context).getBeanNames(SlaAlertScheduler.class).containsExactly("hostScheduler");
        });
  }

  @Test
  void theTrackerIsFedWithTheStoredEventsAtStart() {
    ComplaintStore store = new InMemoryComplaintStore();
    WorkflowEngine engine = WorkflowEngine.of(WorkflowPresets.mallTicket());
    List<ComplaintEvent> opened = engine.open(Fixtures.receive("c1", "C-1", Fixtures.T0));
    store.append("C-1", 0, opened);
    runner().withBean(ComplaintStore.class, () -> store)
        .run(context -> assertThat(context.getBean(SlaTracker.class).complaintIds()).containsExactly("C-1"));
  }

  @Test
  void presetsBind() {
    runner().withPropertyValues("complaints.workflow=seven-step").run(context -> {
      assertThat(context.getBean(WorkflowDefinition.class).id()).isEqualTo("seven-step");
      assertThat(context.getBean(SlaPolicy.class).id()).as("the policy follows the workflow").isEqualTo("seven-step");
    });
    runner().withPropertyValues("complaints.workflow=retail-plan", "complaints.policy=retail-plan",
        "complaints.unknown-years=weekly").run(context -> {
          assertThat(context.getBean(WorkflowDefinition.class).id()).isEqualTo("retail-plan");
          assertThat(context.getBean(SlaPolicy.class).id()).isEqualTo("retail-plan");
          assertThat(context.getBean(SlaPolicy.class).unknownYears()).isEqualTo(UnknownYears.WEEKLY);
        });
  }

  @Test
  void filesBind() throws IOException {
    Path workflow = Files.writeString(dir.resolve("workflow.json"), WorkflowPresets.resourceText("retail-plan"));
    SlaPolicy custom = SlaPolicies.retailPlan().toBuilder().description("our own retail policy").build();
    Path policy = Files.writeString(dir.resolve("policy.json"), SlaPolicies.toJsonString(custom));
    BusinessCalendar national = BusinessCalendar.builder("our-national", ZoneId.of("Asia/Shanghai"))
        .everyDay("09:00-17:00").build();
    Path calendar = Files.writeString(dir.resolve("calendar.json"), BusinessCalendars.toJsonString(national));
    runner().withPropertyValues("complaints.workflow-file=" + workflow, "complaints.policy-file=" + policy,
        "complaints.calendar-file=" + calendar).run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(WorkflowDefinition.class)).isEqualTo(WorkflowPresets.retailPlan());
          SlaPolicy bound = context.getBean(SlaPolicy.class);
          assertThat(bound.description()).isEqualTo("our own retail policy");
          assertThat(bound.calendars().find("cn-national").map(BusinessCalendar::id)).contains("our-national");
          assertThat(bound.calendars().find("our-national").map(BusinessCalendar::id)).contains("our-national");
        });
  }

  @Test
  void aWorkflowFileOnTheClassPathBinds() {
    runner().withPropertyValues("complaints.workflow-file=classpath:dev/complaints/core/workflow/presets/seven-step.json")
        .run(context -> assertThat(context.getBean(WorkflowDefinition.class).id()).isEqualTo("seven-step"));
  }

  @Test
  void theSchedulerCanBeTurnedOff() {
    runner().withPropertyValues("complaints.scheduler.enabled=false").run(context -> {
      assertThat(context).hasNotFailed().doesNotHaveBean(SlaAlertScheduler.class);
      assertThat(context).hasSingleBean(ComplaintCommands.class);
    });
  }

  @Test
  void badPresetsFailNamingThePropertyAndTheAllowedValues() {
    failsWith(List.of("complaints.workflow=mall"), "complaints.workflow",
        "'mall' is not a workflow preset; allowed: mall-ticket, seven-step, retail-plan");
    failsWith(List.of("complaints.policy=fast"), "complaints.policy",
        "'fast' is not an SLA policy preset; allowed: mall-ticket, retail-plan, seven-step");
    failsWith(List.of("complaints.unknown-years=guess"), "complaints.unknown-years",
        "'guess' is not allowed; allowed: refuse, weekly");
    failsWith(List.of("complaints.scheduler.enabled=maybe"), "complaints.scheduler.enabled",
        "'maybe' is not allowed; allowed: true, false");
    failsWith(List.of("complaints.scheduler.max-sleep=0s"), "complaints.scheduler.max-sleep",
        "give a positive duration");
    failsWith(List.of("complaints.workflow= "), "complaints.workflow", "is blank");
  }

  @Test
  void contradictoryOrMismatchedSettingsFail() throws IOException {
    Path workflow = Files.writeString(dir.resolve("w.json"), WorkflowPresets.resourceText("seven-step"));
    failsWith(List.of("complaints.workflow=seven-step", "complaints.workflow-file=" + workflow),
        "complaints.workflow-file", "not both");
    failsWith(List.of("complaints.policy=seven-step", "complaints.policy-file=" + workflow),
        "complaints.policy-file", "not both");
    failsWith(List.of("complaints.workflow=seven-step", "complaints.policy=mall-ticket"), "complaints.policy",
        "SLA policy 'mall-ticket' times nodes [GRADING, PLANNING, CUSTOMER_FEEDBACK, HANDLING]"
            + " that workflow 'seven-step' does not have");
  }

  @Test
  void unreadableOrInvalidFilesFailNamingTheProperty() throws IOException {
    Path missing = dir.resolve("missing.json");
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"id\": ");
    failsWith(List.of("complaints.workflow-file=" + missing), "complaints.workflow-file",
        "cannot read '" + missing + "'");
    failsWith(List.of("complaints.workflow-file=classpath:no/such.json"), "complaints.workflow-file",
        "is not on the class path");
    failsWith(List.of("complaints.workflow-file=" + broken), "complaints.workflow-file",
        "is not a valid workflow definition");
    failsWith(List.of("complaints.policy-file=" + broken), "complaints.policy-file", "is not a valid SLA policy");
    failsWith(List.of("complaints.calendar-file=" + broken), "complaints.calendar-file", "is not a valid calendar");
  }

  private static void failsWith(List<String> properties, String property, String message) {
    runner().withPropertyValues(properties.toArray(String[]::new)).run(context -> {
      assertThat(context).hasFailed();
      ComplaintsConfigurationException e = configurationError(context.getStartupFailure());
      assertThat(e.property()).isEqualTo(property);
      assertThat(e.getMessage()).startsWith(property + ": ").contains(message);
    });
  }
}
