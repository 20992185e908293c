package dev.complaints.scoring.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.complaints.scoring.metrics.VisitAlerts;
import dev.complaints.scoring.record.StageRecord;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.scoring.record.Tickets;
import dev.complaints.scoring.record.UnitInputs;
import dev.complaints.sla.AlertLevel;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class FineCollectorTest {

  static Instant at(String text) {
    return OffsetDateTime.parse(text).toInstant();
  }

  /** A continuous 24-hour limit: RED_1 past 24 h, RED_2 from 36 h, RED_3 from 48 h of the visit. */
  static final VisitAlerts CONTINUOUS_24H = (ticket, visit, asOf) -> {
    Instant end = visit.leftAt() != null && visit.leftAt().isBefore(asOf) ? visit.leftAt() : asOf;
    Duration d = Duration.between(visit.enteredAt(), end);
    if (d.compareTo(Duration.ofHours(48)) >= 0) {
      return AlertLevel.RED_3;
    }
    if (d.compareTo(Duration.ofHours(36)) >= 0) {
      return AlertLevel.RED_2;
    }
    return d.compareTo(Duration.ofHours(24)) > 0 ? AlertLevel.RED_1 : AlertLevel.NONE;
  };

  static TicketRecord handling(String id, String entered, String left) {
    return Tickets.builder(id, "p1", at(entered)).region("r1")
        .stage(StageRecord.HANDLING, at(entered), left == null ? null : at(left)).build();
  }

  @Test
  void aRedLightIsDatedWhenTheVisitFirstTurnedRed() {
    Instant asOf = at("2026-11-30T00:00:00+08:00");
    // turns RED_1 just after 2026-10-25 12:00 (window 2026-10), RED_2 at 2026-10-26 00:00 (window 2026-11)
    TicketRecord t = handling("T1", "2026-10-24T12:00:00+08:00", "2026-10-26T06:00:00+08:00");
    MonthlyFines fines = MonthlyFines.mallDefaults();
    new FineCollector(CONTINUOUS_24H, asOf, fines).addTicket(t);
    assertThat(fines.count(FineWindow.parse("2026-10"), "p1", FineKind.RED_LIGHT)).isEqualTo(1);
    assertThat(fines.count(FineWindow.parse("2026-11"), "p1", FineKind.RED_LIGHT)).isZero();
  }

  @Test
  void theDefaultFirstRedInstantIsFoundExactly() {
    TicketRecord t = handling("T1", "2026-10-24T12:00:00+08:00", null);
    StageRecord v = t.stages().get(0);
    // elapsed > 24 h: the first instant is one nanosecond after the deadline
    assertThat(CONTINUOUS_24H.firstRedAt(t, v, at("2026-10-28T00:00:00+08:00")))
        .isEqualTo(at("2026-10-25T12:00:00+08:00").plusNanos(1));
    assertThat(CONTINUOUS_24H.firstRedAt(t, v, at("2026-10-25T12:00:00+08:00"))).isNull();
  }

  @Test
  void visitsNotRedOrEnteredAfterAsOfAreNotFined() {
    MonthlyFines fines = MonthlyFines.mallDefaults();
    FineCollector c = new FineCollector(CONTINUOUS_24H, at("2026-10-10T00:00:00+08:00"), fines);
    c.addTicket(handling("T1", "2026-10-01T12:00:00+08:00", "2026-10-02T12:00:00+08:00")); // exactly 24 h: met
    c.addTicket(handling("T2", "2026-10-09T12:00:00+08:00", null)); // 12 h by as-of
    c.addTicket(handling("T3", "2026-10-20T12:00:00+08:00", null)); // after as-of
    assertThat(fines.windows()).isEmpty();
  }

  @Test
  void findingsOfMonthMAreFinedInWindowM() {
    MonthlyFines fines = MonthlyFines.mallDefaults();
    new FineCollector(VisitAlerts.none(), at("2026-11-01T00:00:00+08:00"), fines)
        .addInputs(new UnitInputs("p1", YearMonth.of(2026, 10), "r1", 2, 5, 1, 3, null));
    FineWindow w = FineWindow.parse("2026-10");
    assertThat(fines.count(w, "p1", FineKind.PUBLICITY)).isEqualTo(2);
    assertThat(fines.count(w, "p1", FineKind.CONCEALED)).isEqualTo(1);
    assertThat(fines.decisions(w)).hasSize(6);
  }
}
