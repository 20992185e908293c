package dev.complaints.spring;

import dev.complaints.core.workflow.WorkflowDefinition;
import dev.complaints.core.workflow.WorkflowDefinitions;
import dev.complaints.core.workflow.WorkflowPresets;
import dev.complaints.sla.calendar.BusinessCalendar;
import dev.complaints.sla.calendar.BusinessCalendars;
import dev.complaints.sla.policy.CalendarLookup;
import dev.complaints.sla.policy.SlaPolicies;
import dev.complaints.sla.policy.SlaPolicy;
import dev.complaints.sla.policy.SlaTarget;
import dev.complaints.sla.policy.UnknownYears;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** Turns {@link ComplaintsProperties} into the workflow definition and the SLA policy, checking every value. */
final class ComplaintsSettings {
  static final String WORKFLOW = "complaints.workflow";
  static final String WORKFLOW_FILE = "complaints.workflow-file";
  static final String POLICY = "complaints.policy";
  static final String POLICY_FILE = "complaints.policy-file";
  static final String CALENDAR_FILE = "complaints.calendar-file";
  static final String UNKNOWN_YEARS = "complaints.unknown-years";
  static final String MAX_SLEEP = "complaints.scheduler.max-sleep";
  /** The id under which policies name the national working-day calendar. */
  static final String NATIONAL = "cn-national";
  private static final String CLASSPATH = "classpath:";

  private ComplaintsSettings() {}

  /** The workflow of {@code complaints.workflow} or {@code complaints.workflow-file}; mall-ticket by default. */
  static WorkflowDefinition workflow(ComplaintsProperties p) {
    String preset = given(p.getWorkflow(), WORKFLOW);
    String file = given(p.getWorkflowFile(), WORKFLOW_FILE);
    if (preset != null && file != null) {
      throw new ComplaintsConfigurationException(WORKFLOW_FILE,
          "give either " + WORKFLOW + " (a preset) or " + WORKFLOW_FILE + " (a definition file), not both");
    }
    if (file != null) {
      String text = read(WORKFLOW_FILE, file);
      try {
        return WorkflowDefinitions.read(text);
      } catch (IllegalArgumentException e) {
        throw new ComplaintsConfigurationException(WORKFLOW_FILE,
            "'" + file + "' is not a valid workflow definition: " + e.getMessage(), e);
      }
    }
    String id = preset == null ? WorkflowPresets.IDS.get(0) : preset;
    if (!WorkflowPresets.IDS.contains(id)) {
      throw new ComplaintsConfigurationException(WORKFLOW,
          "'" + id + "' is not a workflow preset; allowed: " + String.join(", ", WorkflowPresets.IDS));
    }
    return WorkflowPresets.load(id);
  }

  /**
   * The SLA policy of {@code complaints.policy} or {@code complaints.policy-file}, with the calendar of
   * {@code complaints.calendar-file} and the choice of {@code complaints.unknown-years}; its node targets must
   * name nodes of the workflow.
   */
  static SlaPolicy policy(ComplaintsProperties p, WorkflowDefinition workflow) {
    String preset = given(p.getPolicy(), POLICY);
    String file = given(p.getPolicyFile(), POLICY_FILE);
    if (preset != null && file != null) {
      throw new ComplaintsConfigurationException(POLICY_FILE,
          "give either " + POLICY + " (a preset) or " + POLICY_FILE + " (a policy file), not both");
    }
    Optional<UnknownYears> unknownYears = unknownYears(p);
    CalendarLookup calendars = calendars(p);
    SlaPolicy policy;
    String property;
    if (file != null) {
      property = POLICY_FILE;
      String text = read(POLICY_FILE, file);
      try {
        policy = SlaPolicies.read(text, calendars);
      } catch (IllegalArgumentException e) {
        throw new ComplaintsConfigurationException(POLICY_FILE,
            "'" + file + "' is not a valid SLA policy: " + e.getMessage(), e);
      }
    } else {
      property = POLICY;
      String id = preset != null ? preset
          : SlaPolicies.presets().containsKey(workflow.id()) ? workflow.id() : SlaPolicies.MALL_TICKET;
      SlaPolicy chosen = SlaPolicies.preset(id).orElseThrow(() -> new ComplaintsConfigurationException(POLICY,
          "'" + id + "' is not an SLA policy preset; allowed: " + String.join(", ",
              new TreeSet<>(SlaPolicies.presets().keySet()))));
      policy = chosen.toBuilder().calendars(calendars).build();
    }
    if (unknownYears.isPresent()) {
      policy = policy.toBuilder().unknownYears(unknownYears.get()).build();
    }
    checkNodes(property, policy, workflow);
    return policy;
  }

  /** The longest sleep of the scheduler, checked to be positive. */
  static Duration maxSleep(ComplaintsProperties p) {
    Duration d = p.getScheduler().getMaxSleep();
    if (d == null || d.isZero() || d.isNegative()) {
      throw new ComplaintsConfigurationException(MAX_SLEEP,
          "'" + d + "' is not allowed; give a positive duration such as PT1M or 30s");
    }
    return d;
  }

  private static Optional<UnknownYears> unknownYears(ComplaintsProperties p) {
    String text = given(p.getUnknownYears(), UNKNOWN_YEARS);
    if (text == null) {
      return Optional.empty();
    }
    return Optional.of(UnknownYears.parse(text).orElseThrow(() -> new ComplaintsConfigurationException(
        UNKNOWN_YEARS, "'" + text + "' is not allowed; allowed: " + UnknownYears.allowed())));
  }

  /** The built-in calendars, with the calendar file (when given) as cn-national and under its own id. */
  private static CalendarLookup calendars(ComplaintsProperties p) {
    String file = given(p.getCalendarFile(), CALENDAR_FILE);
    CalendarLookup builtIn = CalendarLookup.builtIn();
    if (file == null) {
      return builtIn;
    }
    BusinessCalendar national;
    try {
      national = BusinessCalendars.read(read(CALENDAR_FILE, file));
    } catch (IllegalArgumentException e) {
      throw new ComplaintsConfigurationException(CALENDAR_FILE,
          "'" + file + "' is not a valid calendar: " + e.getMessage(), e);
    }
    return new NationalAlias(national).orElse(CalendarLookup.of(national)).orElse(builtIn);
  }

  /** Answers {@code cn-national} with the calendar of {@code complaints.calendar-file}. */
  private record NationalAlias(BusinessCalendar national) implements CalendarLookup {
    @Override
    public Optional<BusinessCalendar> find(String id) {
      return NATIONAL.equals(id) ? Optional.of(national) : Optional.empty();
    }

    @Override
    public Set<String> ids() {
      return Set.of(NATIONAL);
    }
  }

  private static void checkNodes(String property, SlaPolicy policy, WorkflowDefinition workflow) {
    List<String> missing = policy.targets().stream()
        .map(SlaTarget::node)
        .filter(Objects::nonNull)
        .filter(n -> workflow.node(n).isEmpty())
        .distinct()
        .toList();
    if (!missing.isEmpty()) {
      throw new ComplaintsConfigurationException(property, "SLA policy '" + policy.id() + "' times nodes "
          + missing + " that workflow '" + workflow.id() + "' does not have; choose the policy of that workflow");
    }
  }

  /** The value, or null when it is not set; a blank value is an error. */
  private static @Nullable String given(@Nullable String value, String property) {
    if (value == null) {
      return null;
    }
    if (value.isBlank()) {
      throw new ComplaintsConfigurationException(property, "is blank; remove it or give a value");
    }
    return value.trim();
  }

  /** The text of a file path or a {@code classpath:} resource. */
  private static String read(String property, String location) {
    try {
      if (location.startsWith(CLASSPATH)) {
        String name = location.substring(CLASSPATH.length()).replaceFirst("^/+", "");
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = (loader != null ? loader : ComplaintsSettings.class.getClassLoader())
            .getResourceAsStream(name)) {
          if (in == null) {
            throw new ComplaintsConfigurationException(property,
                "'" + location + "' is not on the class path; give a file path or classpath:name of a resource");
          }
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
      return Files.readString(Path.of(location));
    } catch (IOException | java.nio.file.InvalidPathException e) {
      throw new ComplaintsConfigurationException(property, "cannot read '" + location + "' (" + e + ")", e);
    }
  }
}
