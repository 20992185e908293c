package dev.complaints.scoring;

import static dev.complaints.conventions.ApiConventions.packagesOf;
import static dev.complaints.conventions.ApiConventions.notNullMarked;
import static dev.complaints.conventions.ApiConventions.optionalOutsideLookups;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The null convention of the API (docs/core.md, "Nulls"): every package null-marked, nullables annotated. */
class NullMarkedPackagesTest {

  @Test
  void everyPackageIsNullMarked() {
    assertThat(packagesOf(dev.complaints.scoring.record.TicketRecord.class)).contains("dev.complaints.scoring.metrics", "dev.complaints.scoring.penalty",
        "dev.complaints.scoring.period", "dev.complaints.scoring.record", "dev.complaints.scoring.rubric",
        "dev.complaints.scoring.scorecard", "dev.complaints.scoring.stats");
    assertThat(notNullMarked(dev.complaints.scoring.record.TicketRecord.class)).isEmpty();
  }

  @Test
  void whatMayBeNullIsAnnotated() throws Exception {
    for (var c : dev.complaints.scoring.penalty.PenaltyDecision.class.getRecordComponents()) {
      boolean expected = c.getName().equals("unit") || c.getName().equals("region");
      assertThat(c.getAnnotatedType().isAnnotationPresent(Nullable.class)).as(c.getName()).isEqualTo(expected);
    }
    var region = dev.complaints.scoring.record.TicketRecord.Builder.class.getMethod("region", String.class);
    assertThat(region.getAnnotatedParameterTypes()[0].isAnnotationPresent(Nullable.class)).isTrue();
  }

  @Test
  void optionalIsTheReturnTypeOfLookupsOnly() throws Exception {
    // lookups that may find nothing keep Optional; every other absent value is a @Nullable type
    Set<String> lookups = Set.of(
        "Statistics.unit",
        "PeriodReport.unit",
        "PeriodReport.region",
        "QuarterReport.unit",
        "QuarterReport.region",
        "RateMetric.ofCode",
        "Finding.ofCode");
    assertThat(optionalOutsideLookups(dev.complaints.scoring.record.TicketRecord.class, lookups)).isEmpty();
    for (Class<?> record : List.of(dev.complaints.scoring.record.TicketRecord.class,
        dev.complaints.scoring.record.StageRecord.class, dev.complaints.scoring.record.UnitInputs.class,
        dev.complaints.scoring.record.ReturnVisitRecord.class, dev.complaints.scoring.metrics.TicketOutcome.class,
        dev.complaints.scoring.metrics.HandlingTime.class, dev.complaints.scoring.metrics.UnitMetrics.class,
        dev.complaints.scoring.scorecard.MonthlyScorecard.class)) {
      assertThat(Arrays.stream(record.getRecordComponents())
          .filter(rc -> !rc.getType().isPrimitive() && !rc.getAnnotatedType().isAnnotationPresent(Nullable.class))
          .map(rc -> rc.getName()))
          .as(record.getSimpleName()).doesNotContain("region", "returnVisit", "closedAt", "leftAt", "calls",
              "result", "timeToClose", "medianMinutes", "p90Minutes");
    }
    assertThat(dev.complaints.scoring.scorecard.Scorer.class.getMethod("policy").getAnnotatedReturnType()
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
