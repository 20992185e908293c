package dev.complaints.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.complaints.core.Fixtures;
import dev.complaints.core.command.AcceptComplaint;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.event.NodeEntered;
import dev.complaints.core.model.Complaint;
import dev.complaints.core.workflow.WorkflowEngine;
import dev.complaints.core.workflow.WorkflowPresets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A complaint that does not exist is an {@link UnknownComplaintException} naming it, in the engine and the store. */
class UnknownComplaintTest {
  private final WorkflowEngine engine = WorkflowEngine.of(WorkflowPresets.mallTicket());
  private final AcceptComplaint accept = new AcceptComplaint("acc-1", "C-404", Fixtures.CS, Fixtures.T0);

  @Test
  void carriesTheIdAndNamesIt() {
    UnknownComplaintException plain = new UnknownComplaintException("C-404");
    assertThat(plain.complaintId()).isEqualTo("C-404");
    assertThat(plain).hasMessage("no complaint with id 'C-404'").isInstanceOf(IllegalArgumentException.class);
    assertThat(new UnknownComplaintException("C-404", "needed here"))
        .hasMessage("no complaint with id 'C-404': needed here");
  }

  @Test
  void theEngineRefusesACommandForNoComplaint() {
    assertThatThrownBy(() -> engine.decide(null, accept))
        .isInstanceOfSatisfying(UnknownComplaintException.class, e -> assertThat(e.complaintId()).isEqualTo("C-404"))
        .hasMessage("no complaint with id 'C-404': command AcceptComplaint (acc-1) needs an existing complaint;"
            + " open it with ReceiveComplaint first");
    assertThatThrownBy(() -> engine.handle(null, accept)).isInstanceOf(UnknownComplaintException.class);
  }

  @Test
  void theEngineRefusesToFoldAnythingButTheReceiptIntoNoComplaint() {
    List<ComplaintEvent> opened = engine.open(Fixtures.receive("C-404", "SAFETY"));
    NodeEntered entered = (NodeEntered) opened.get(1);
    assertThatThrownBy(() -> engine.apply(null, entered))
        .isInstanceOfSatisfying(UnknownComplaintException.class, e -> assertThat(e.complaintId()).isEqualTo("C-404"))
        .hasMessage("no complaint with id 'C-404': its first event must be ComplaintReceived, was NodeEntered"
            + " version 2");
    assertThatThrownBy(() -> engine.replay(List.of(entered)))
        .isInstanceOfSatisfying(UnknownComplaintException.class, e -> assertThat(e.complaintId()).isEqualTo("C-404"));
    assertThat(engine.replay(opened).node()).isEqualTo("ACCEPTANCE");
  }

  @Test
  void loadExistingRefusesAnUnknownIdAndLoadStillAnswersEmpty() {
    InMemoryComplaintStore store = new InMemoryComplaintStore();
    assertThat(store.load("C-404")).isEmpty();
    assertThatThrownBy(() -> store.loadExisting("C-404"))
        .isInstanceOfSatisfying(UnknownComplaintException.class, e -> assertThat(e.complaintId()).isEqualTo("C-404"))
        .hasMessage("no complaint with id 'C-404'");
    List<ComplaintEvent> opened = engine.open(Fixtures.receive("C-1", "SAFETY"));
    store.append("C-1", 0, opened);
    assertThat(store.loadExisting("C-1")).isEqualTo(opened);
  }

  @Test
  void anAppendThatNeedsAStoredComplaintIsRefusedAndWritesNothing() {
    InMemoryComplaintStore store = new InMemoryComplaintStore();
    Complaint c = engine.replay(engine.open(Fixtures.receive("C-404", "SAFETY")));
    List<ComplaintEvent> accepted =
        engine.decide(c, new AcceptComplaint("acc-1", "C-404", Fixtures.CS, Fixtures.T0));
    assertThatThrownBy(() -> store.append("C-404", c.version(), accepted))
        .isInstanceOfSatisfying(UnknownComplaintException.class, e -> assertThat(e.complaintId()).isEqualTo("C-404"))
        .hasMessage("no complaint with id 'C-404': an append expecting version 2 needs a stored complaint;"
            + " nothing was appended");
    List<ComplaintEvent> withoutReceipt = List.of(new NodeEntered("C-404", 1, "x", "wang", Fixtures.T0, "HANDLING"));
    assertThatThrownBy(() -> store.append("C-404", 0, withoutReceipt))
        .isInstanceOf(UnknownComplaintException.class)
        .hasMessage("no complaint with id 'C-404': the first event of a new complaint must be ComplaintReceived,"
            + " was NodeEntered; nothing was appended");
    assertThat(store.load("C-404")).isEmpty();
    assertThat(store.streamAll()).isEmpty();
  }

  @Test
  void aStaleAppendToAStoredComplaintIsStillAVersionConflict() {
    InMemoryComplaintStore store = new InMemoryComplaintStore();
    List<ComplaintEvent> opened = engine.open(Fixtures.receive("C-1", "SAFETY"));
    store.append("C-1", 0, opened);
    assertThatThrownBy(() -> store.append("C-1", 0, opened))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> assertThat(e.actualVersion()).isEqualTo(2));
    List<ComplaintEvent> notAReceipt = List.of(new NodeEntered("C-1", 1, "x", "wang", Fixtures.T0, "HANDLING"));
    assertThatThrownBy(() -> store.append("C-1", 0, notAReceipt)).isInstanceOf(VersionConflictException.class);
  }
}
