package dev.complaints.scoring.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.complaints.core.model.Channel;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.Satisfaction;
import dev.complaints.scoring.record.ReturnVisitRecord;
import dev.complaints.scoring.record.StageRecord;
import dev.complaints.scoring.record.TicketRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The outcome reads a ticket's visits in one pass; these oracles read them the plain way, one question at a time
 * (the wording of docs/scoring.md), and must agree on every ticket: visits in any order, entered at equal
 * instants, after the report instant, HANDLING and RETURN_VISIT visited twice, reopened or not.
 */
class OnePassOverVisitsTest {
  private static final Instant T0 = Instant.parse("2026-10-10T02:00:00Z");
  private static final String[] NODES = {"GRADING", "PLANNING", StageRecord.HANDLING, StageRecord.RETURN_VISIT,
      StageRecord.CLOSED};

  @Test
  void theOnePassAgreesWithTheQuestionsAskedOneAtATime() {
    qt().withExamples(20_000).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      TicketRecord t = ticket(r);
      Instant asOf = T0.plusSeconds(r.nextInt(10) * 6 * 3600L);
      MetricOptions options = r.nextBoolean() ? MetricOptions.defaults()
          : MetricOptions.defaults().withResolutionBasis(ResolutionBasis.ACCEPTANCE);
      TicketOutcome o = TicketOutcome.evaluate(t, asOf, options,
          t.stages().stream().map(v -> dev.complaints.sla.AlertLevel.NONE).toList());
      assertThat(o.resolution()).as("resolution").isEqualTo(resolution(t, asOf, options));
      assertThat(o.returnVisit()).as("return visit").isEqualTo(returnVisit(t, asOf));
      assertThat(o.reopened()).as("reopened").isEqualTo(reopened(t, asOf));
      assertThat(TicketOutcome.resolution(t, asOf, options)).isEqualTo(o.resolution());
      assertThat(TicketOutcome.returnVisit(t, asOf)).isEqualTo(o.returnVisit());
      assertThat(TicketOutcome.reopened(t, asOf)).isEqualTo(o.reopened());
    });
  }

  @Test
  void theCasesReachEveryOutcome() {
    List<Object> seen = new ArrayList<>();
    Random r = new Random(7);
    for (int i = 0; i < 5_000; i++) {
      TicketRecord t = ticket(r);
      Instant asOf = T0.plusSeconds(r.nextInt(10) * 6 * 3600L);
      seen.add(resolution(t, asOf, MetricOptions.defaults()));
      seen.add(reopened(t, asOf));
      seen.add(returnVisit(t, asOf) == null);
    }
    assertThat(seen).contains((Object[]) ResolutionOutcome.values()).contains(true, false);
  }

  private static TicketRecord ticket(Random r) {
    TicketRecord.Builder b = TicketRecord.builder("T-1", "plaza-01", T0)
        .channel(Channel.PHONE)
        .category(r.nextInt(4) == 0 ? "LOSS_COMPENSATION" : "PREPAID_CARD")
        .grade(r.nextInt(3) == 0 ? Grade.SERIOUS : Grade.GENERAL);
    List<StageRecord> stages = new ArrayList<>();
    for (int i = r.nextInt(6); i > 0; i--) {
      // hours on a coarse grid, so that entries often fall at the same instant
      Instant entered = T0.plusSeconds(r.nextInt(8) * 3600L);
      Instant left = r.nextInt(4) == 0 ? null : entered.plusSeconds(r.nextInt(5) * 86_400L / 2);
      stages.add(StageRecord.of(NODES[r.nextInt(NODES.length)], entered, left));
    }
    b.stages(stages);
    if (r.nextBoolean()) {
      b.returnVisit(r.nextBoolean() ? ReturnVisitRecord.of(Satisfaction.SATISFIED) : ReturnVisitRecord.exempted());
    }
    if (r.nextBoolean()) {
      b.closedAt(T0.plusSeconds(r.nextInt(12) * 3600L));
    }
    return b.build();
  }

  private static ResolutionOutcome resolution(TicketRecord t, Instant asOf, MetricOptions options) {
    if (t.grade() != Grade.GENERAL || options.excludes(t.category())) {
      return ResolutionOutcome.NOT_ELIGIBLE;
    }
    List<StageRecord> handling = t.stages().stream()
        .filter(v -> v.stage().equals(StageRecord.HANDLING) && !v.enteredAt().isAfter(asOf)).toList();
    if (handling.isEmpty()) {
      if (t.closedBy(asOf)) {
        return ResolutionOutcome.LEFT_OUT;
      }
      boolean late = options.resolutionBasis() == ResolutionBasis.ACCEPTANCE
          && Duration.between(t.acceptedAt(), asOf).compareTo(options.resolutionWindow()) >= 0;
      return late ? ResolutionOutcome.UNRESOLVED : ResolutionOutcome.PENDING;
    }
    Instant firstEntry = handling.stream().map(StageRecord::enteredAt).min(Instant::compareTo).orElseThrow();
    // the last of the visits entered at the latest instant
    StageRecord last = null;
    for (StageRecord v : handling) {
      if (last == null || v.enteredAt().compareTo(last.enteredAt()) >= 0) {
        last = v;
      }
    }
    Instant start = options.resolutionBasis() == ResolutionBasis.ACCEPTANCE ? t.acceptedAt() : firstEntry;
    Objects.requireNonNull(last);
    if (last.leftAt() != null && !last.leftAt().isAfter(asOf)) {
      return Duration.between(start, last.leftAt()).compareTo(options.resolutionWindow()) <= 0
          ? ResolutionOutcome.RESOLVED : ResolutionOutcome.UNRESOLVED;
    }
    return Duration.between(start, asOf).compareTo(options.resolutionWindow()) < 0
        ? ResolutionOutcome.PENDING : ResolutionOutcome.UNRESOLVED;
  }

  private static @Nullable ReturnVisitRecord returnVisit(TicketRecord t, Instant asOf) {
    if (t.returnVisit() == null) {
      return null;
    }
    StageRecord last = null;
    for (StageRecord v : t.stages()) {
      if (v.stage().equals(StageRecord.RETURN_VISIT) && (last == null || v.enteredAt().compareTo(last.enteredAt()) >= 0)) {
        last = v;
      }
    }
    boolean decided = last != null ? last.leftAt() != null && !last.leftAt().isAfter(asOf)
        : t.closedAt() == null || !t.closedAt().isAfter(asOf);
    return decided ? t.returnVisit() : null;
  }

  private static boolean reopened(TicketRecord t, Instant asOf) {
    List<StageRecord> known = t.stages().stream().filter(v -> !v.enteredAt().isAfter(asOf)).toList();
    for (StageRecord closed : known) {
      if (!closed.stage().equals(StageRecord.CLOSED)) {
        continue;
      }
      boolean earliestClose = known.stream().filter(v -> v.stage().equals(StageRecord.CLOSED))
          .noneMatch(v -> v.enteredAt().isBefore(closed.enteredAt()));
      if (earliestClose) {
        return known.stream().anyMatch(v -> !v.stage().equals(StageRecord.CLOSED)
            && !v.enteredAt().isBefore(closed.enteredAt()));
      }
    }
    return false;
  }
}
