package dev.complaints.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.store.UnknownComplaintException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The JDBC store tells an unknown complaint apart with the core's {@link UnknownComplaintException}. */
class UnknownComplaintTest {
  private static final Instant AT = Histories.T0;

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void loadExistingNamesTheUnknownId(TestDatabase.Kind kind) {
    try (TestDatabase db = TestDatabase.create(kind)) {
      JdbcComplaintStore store = db.store();
      assertThat(store.load("C-404")).isEmpty();
      assertThatThrownBy(() -> store.loadExisting("C-404"))
          .isInstanceOfSatisfying(UnknownComplaintException.class,
              e -> assertThat(e.complaintId()).isEqualTo("C-404"))
          .hasMessage("no complaint with id 'C-404'");
      List<ComplaintEvent> opened = Histories.opened("C-1", AT);
      store.append("C-1", 0, opened);
      assertThat(store.loadExisting("C-1")).isEqualTo(opened);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void anAppendThatNeedsAStoredComplaintIsRefusedAndWritesNothing(TestDatabase.Kind kind) {
    try (TestDatabase db = TestDatabase.create(kind)) {
      JdbcComplaintStore store = db.store();
      List<ComplaintEvent> opened = Histories.opened("C-404", AT);
      List<ComplaintEvent> accepted = Histories.accepted(opened, "acc-1", AT.plusSeconds(60));
      assertThatThrownBy(() -> store.append("C-404", 2, accepted))
          .isInstanceOfSatisfying(UnknownComplaintException.class,
              e -> assertThat(e.complaintId()).isEqualTo("C-404"))
          .hasMessage("no complaint with id 'C-404': an append expecting version 2 needs a stored complaint;"
              + " nothing was appended");
      List<ComplaintEvent> withoutIntake = Histories.renumberedFrom(opened.subList(1, opened.size()), 1);
      assertThatThrownBy(() -> store.append("C-404", 0, withoutIntake))
          .isInstanceOf(UnknownComplaintException.class)
          .hasMessage("no complaint with id 'C-404': the first event of a new complaint must be ComplaintReceived,"
              + " was NodeEntered; nothing was appended");
      assertThat(store.load("C-404")).isEmpty();
      assertThat(store.summary("C-404")).isEmpty();
      assertThat(store.command("acc-1")).isEmpty();
      assertThat(store.count()).isZero();
    }
  }
}
