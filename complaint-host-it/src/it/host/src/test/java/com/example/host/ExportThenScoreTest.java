package com.example.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.complaints.scoring.metrics.UnitMetrics;
import dev.complaints.scoring.record.StageRecord;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.scoring.scorecard.MonthlyScorecard;
import dev.complaints.scoring.scorecard.PeriodReport;
import dev.complaints.sla.AlertLevel;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The export and the scoring seen from a host. The mall-ticket limits (docs/domain.md, "Timing of the mall
 * complaint ticket"): grading 1 hour and planning 4 hours, both on mall hours (10:00–20:00 every day); a visit is
 * RED_1 past its limit, RED_2 at 150 % and RED_3 at 200 %.
 */
class ExportThenScoreTest {
  private final ExportThenScore month = new ExportThenScore();

  @Test
  void theExportStartsAtAcceptanceAndHasOneStagePerVisit() {
    TicketRecord stuck = month.ticket("C-2001");
    assertThat(stuck.unit()).isEqualTo("plaza-01");
    assertThat(stuck.acceptedAt()).isEqualTo(ExportThenScore.RECEIVED.plus(Duration.ofMinutes(1)));
    assertThat(stuck.stages()).extracting(StageRecord::stage).containsExactly("ACCEPTANCE", "GRADING");

    TicketRecord planned = month.ticket("C-2002");
    assertThat(planned.stages()).extracting(StageRecord::stage).containsExactly("ACCEPTANCE", "GRADING", "PLANNING");
    assertThat(planned.stages().get(1).enteredAt()).isEqualTo(ExportThenScore.RECEIVED.plus(Duration.ofMinutes(1)));
  }

  @Test
  void bothWaitingVisitsEndTheMonthAtTheThirdRedLight() {
    // C-2001 waits in GRADING from 10:01: two mall hours later, 12:01 on 5 October, it is RED_3.
    // C-2002 left GRADING after 10 minutes (no light) and waits in PLANNING from 10:16: RED_3 after eight mall
    // hours, on 6 October. Both are still waiting when the month ends.
    PeriodReport report = month.october();
    assertThat(report.units()).extracting(MonthlyScorecard::unit).containsExactly("plaza-01");
    UnitMetrics metrics = report.units().get(0).metrics();
    assertThat(metrics.tickets()).isEqualTo(2);
    assertThat(List.of(metrics.redLights(AlertLevel.RED_1), metrics.redLights(AlertLevel.RED_2),
        metrics.redLights(AlertLevel.RED_3))).containsExactly(0L, 0L, 2L);
  }
}
