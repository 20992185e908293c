package dev.complaints.scoring.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.complaints.core.model.Channel;
import dev.complaints.core.model.Grade;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The builder has no defaults for the fields that change a score. */
class TicketRecordBuilderTest {
  private static final Instant T0 = Instant.parse("2026-10-12T02:00:00Z");

  @Test
  void channelCategoryAndGradeMustBeSet() {
    assertThatThrownBy(() -> TicketRecord.builder("T-1", "u", T0).build())
        .isInstanceOfSatisfying(FieldException.class, e -> {
          assertThat(e.field()).isEqualTo("channel");
          assertThat(e.reason()).isEqualTo("missing required field (the builder of ticket T-1 has no default for a"
              + " field that changes a score; missing: channel, category, grade)");
        });
    assertThatThrownBy(() -> TicketRecord.builder("T-1", "u", T0).channel(Channel.ONLINE).grade(Grade.MAJOR).build())
        .isInstanceOfSatisfying(FieldException.class, e -> {
          assertThat(e.field()).isEqualTo("category");
          assertThat(e.reason()).startsWith("missing required field (").endsWith("missing: category)");
        });
    assertThatThrownBy(() -> TicketRecord.builder("T-1", "u", T0).channel(Channel.ONLINE).category("SAFETY").build())
        .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("grade"));
    // setting a field back to null takes it away again
    assertThatThrownBy(() -> Tickets.builder("T-1", "u", T0).channel(null).build())
        .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("channel"));
  }

  @Test
  void aBuilderFromARecordKeepsItsValues() {
    TicketRecord t = TicketRecord.builder("T-1", "u", T0).channel(Channel.ONLINE).category("SAFETY")
        .grade(Grade.MAJOR).build();
    assertThat(t.channel()).isEqualTo(Channel.ONLINE);
    assertThat(t.category()).isEqualTo("SAFETY");
    assertThat(t.grade()).isEqualTo(Grade.MAJOR);
    assertThat(t.toBuilder().build()).isEqualTo(t);
    assertThat(t.toBuilder().grade(Grade.SERIOUS).build().grade()).isEqualTo(Grade.SERIOUS);
  }
}
