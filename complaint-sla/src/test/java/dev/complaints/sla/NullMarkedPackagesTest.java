package dev.complaints.sla;

import static dev.complaints.conventions.ApiConventions.packagesOf;
import static dev.complaints.conventions.ApiConventions.notNullMarked;
import static dev.complaints.conventions.ApiConventions.optionalOutsideLookups;
import static dev.complaints.conventions.ApiConventions.nullableComponents;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The null convention of the API (docs/core.md, "Nulls"): every package null-marked, nullables annotated. */
class NullMarkedPackagesTest {

  @Test
  void everyPackageIsNullMarked() {
    assertThat(packagesOf(dev.complaints.sla.AlertLevel.class)).contains("dev.complaints.sla", "dev.complaints.sla.calendar",
        "dev.complaints.sla.calendar.internal", "dev.complaints.sla.policy", "dev.complaints.sla.policy.internal",
        "dev.complaints.sla.timer", "dev.complaints.sla.tracker");
    assertThat(notNullMarked(dev.complaints.sla.AlertLevel.class)).isEmpty();
  }

  @Test
  void whatMayBeNullIsAnnotated() throws Exception {
    var of = dev.complaints.sla.timer.StageVisit.class.getMethod("of", String.class,
        dev.complaints.core.model.Grade.class, java.time.Instant.class, java.time.Instant.class);
    assertThat(of.getAnnotatedParameterTypes()[3].isAnnotationPresent(Nullable.class)).as("leftAt").isTrue();
    assertThat(of.getAnnotatedParameterTypes()[2].isAnnotationPresent(Nullable.class)).as("enteredAt").isFalse();
    var limit = dev.complaints.sla.policy.Limit.class.getMethod("ofDuration",
        dev.complaints.sla.policy.ClockKind.class, String.class, java.time.Duration.class);
    assertThat(limit.getAnnotatedParameterTypes()[1].isAnnotationPresent(Nullable.class)).as("calendar").isTrue();
  }

  @Test
  void optionalIsTheReturnTypeOfLookupsOnly() throws Exception {
    // lookups that may find nothing keep Optional; every other absent value is a @Nullable type
    Set<String> lookups = Set.of(
        "CalendarRangeException.in",
        "CalendarLookup.find",
        "SlaPolicies.preset",
        "SlaPolicy.target",
        "SlaPolicy.nodeTarget",
        "SlaPolicy.evaluate",
        "UnknownYears.parse",
        "SlaTimer.statusAt",
        "SlaTimer.nextChangeAfter",
        "SlaTracker.nextChangeAt",
        "TimerSignal.from");
    assertThat(optionalOutsideLookups(dev.complaints.sla.AlertLevel.class, lookups)).isEmpty();
    assertThat(optionalOutsideLookups(dev.complaints.sla.AlertLevel.class, Set.of()))
        .as("the lookups themselves are found without the allow-list")
        .contains("SlaPolicy.target (return)", "SlaTracker.nextChangeAt (return)");
    assertThat(nullableComponents(dev.complaints.sla.timer.StageVisit.class)).containsExactly("leftAt");
    assertThat(nullableComponents(dev.complaints.sla.timer.TimerStatus.class)).containsExactly("node", "endedAt");
    assertThat(nullableComponents(dev.complaints.sla.timer.Pause.class)).containsExactly("to");
    assertThat(nullableComponents(dev.complaints.sla.policy.Trigger.class)).containsExactly("node");
    assertThat(nullableComponents(dev.complaints.sla.timer.VisitOutcome.class)).containsExactly("firstRedAt");
    assertThat(nullableComponents(dev.complaints.sla.timer.TimerSignal.Received.class)).containsExactly("grade");
    assertThat(nullableComponents(dev.complaints.sla.timer.TimerSignal.PlanConfirmed.class)).containsExactly("due");
    assertThat(nullableComponents(dev.complaints.sla.tracker.SlaBoard.class)).containsExactly("calendarDataEnds");
    assertThat(dev.complaints.sla.policy.Limit.class.getMethod("workingDays").getAnnotatedReturnType()
        .isAnnotationPresent(Nullable.class)).isTrue();
  }

  /**
   * Where the API uses {@code Optional} outside the return type of a lookup: public record components, public
   * fields, public constructor and method parameters, public method return types of the exported packages.
   *
   * @param anchor a class of the module
   * @param lookups the lookups allowed to return an {@code Optional}, as {@code SimpleName.method}
   * @return the offending members, as {@code SimpleName.member}
   */

}
