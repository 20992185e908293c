package dev.complaints.core.workflow;

import static dev.complaints.core.Fixtures.CS;
import static dev.complaints.core.Fixtures.DEPT;
import static dev.complaints.core.Fixtures.DISPATCHER;
import static dev.complaints.core.Fixtures.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.complaints.core.Fixtures;
import dev.complaints.core.Fixtures.Run;
import dev.complaints.core.command.RecordResolution;
import dev.complaints.core.event.ResolutionRecorded;
import dev.complaints.core.model.Category;
import dev.complaints.core.model.CategoryTaxonomy;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.GradeScale;
import dev.complaints.core.model.RootCauseTaxonomy;
import dev.complaints.core.workflow.CommandRejectedException.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The root cause recorded with the resolution (docs/domain.md §"Root causes and who was complained about"). */
class RootCauseTest {

  private static Run handling(WorkflowEngine engine) {
    Run r = new Run(engine, "C-1", "PREPAID_CARD");
    r.accept(CS);
    r.grade(DISPATCHER, Grade.GENERAL);
    r.dispatch(DISPATCHER, "merchant-relations");
    r.draft(DEPT);
    r.confirm(MANAGER);
    r.respond(CS, true);
    return r;
  }

  private static RecordResolution resolution(Run r, String rootCause) {
    return RecordResolution.builder().common("res", "C-1", DEPT, r.next()).resolution("refunded")
        .rootCause(rootCause).build();
  }

  @Test
  void aResolutionNamesARootCauseOfTheList() {
    Run r = handling(WorkflowEngine.of(WorkflowPresets.mallTicket()));
    var events = r.exec(resolution(r, "POLICY"));
    assertThat(events).filteredOn(ResolutionRecorded.class::isInstance).singleElement()
        .extracting(e -> ((ResolutionRecorded) e).rootCause()).isEqualTo("POLICY");
  }

  @Test
  void anUnknownRootCauseIsRejectedNamingTheAllowedOnes() {
    Run r = handling(WorkflowEngine.of(WorkflowPresets.mallTicket()));
    Fixtures.assertRejected(r.engine, r.complaint, resolution(r, "BAD_LUCK"), Reason.INVALID_VALUE,
        "unknown root cause 'BAD_LUCK' in list 'default'; allowed: PRODUCT_QUALITY, SERVICE_ATTITUDE, PROCESS,"
            + " FACILITY, ENVIRONMENT, POLICY, COMMUNICATION, THIRD_PARTY, OTHER");
  }

  @Test
  void theListIsConfigurable() {
    RootCauseTaxonomy own = new RootCauseTaxonomy("own", List.of(Category.of("BAD_LUCK", "运气 luck")));
    WorkflowEngine engine = new WorkflowEngine(WorkflowPresets.mallTicket(), CategoryTaxonomy.mall(),
        GradeScale.DEFAULT, own);
    assertThat(engine.rootCauses()).isEqualTo(own);
    Run r = handling(engine);
    assertThat(r.exec(resolution(r, "BAD_LUCK"))).anyMatch(e -> e instanceof ResolutionRecorded x
        && "BAD_LUCK".equals(x.rootCause()));
    assertThatThrownBy(() -> new RootCauseTaxonomy("twice", List.of(Category.of("A", "a"), Category.of("A", "b"))))
        .hasMessage("root-cause taxonomy 'twice' lists 'A' twice");
  }

  @Test
  void aResolutionWithoutARootCauseIsAsBefore() {
    Run r = handling(WorkflowEngine.of(WorkflowPresets.mallTicket()));
    r.resolve(DEPT);
    assertThat(r.complaint.node()).isEqualTo("RETURN_VISIT");
  }
}
