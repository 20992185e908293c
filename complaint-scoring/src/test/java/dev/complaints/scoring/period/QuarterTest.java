package dev.complaints.scoring.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class QuarterTest {

  @Test
  void parsesAndListsItsMonths() {
    Quarter q = Quarter.parse("2026-Q4");
    assertThat(q).isEqualTo(new Quarter(2026, 4));
    assertThat(q.months()).containsExactly(YearMonth.of(2026, 10), YearMonth.of(2026, 11), YearMonth.of(2026, 12));
    assertThat(q.toString()).isEqualTo("2026-Q4");
    assertThat(Quarter.of(YearMonth.of(2026, 3))).isEqualTo(new Quarter(2026, 1));
    assertThat(Quarter.of(YearMonth.of(2026, 4))).isEqualTo(new Quarter(2026, 2));
    assertThat(q.yearToDate()).extracting(Quarter::toString)
        .containsExactly("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
  }

  @Test
  void rejectsMalformedText() {
    assertThatThrownBy(() -> Quarter.parse("2026-Q5")).hasMessageContaining("YYYY-Qn");
    assertThatThrownBy(() -> Quarter.parse("2026-10")).hasMessageContaining("2026-10");
    assertThatThrownBy(() -> Quarter.parse(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
