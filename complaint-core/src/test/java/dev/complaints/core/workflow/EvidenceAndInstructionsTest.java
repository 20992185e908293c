package dev.complaints.core.workflow;

import static dev.complaints.core.Fixtures.CS;
import static dev.complaints.core.Fixtures.DEPT;
import static dev.complaints.core.Fixtures.DISPATCHER;
import static dev.complaints.core.Fixtures.LEADER;
import static dev.complaints.core.Fixtures.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.complaints.core.Fixtures;
import dev.complaints.core.Fixtures.Run;
import dev.complaints.core.command.Actor;
import dev.complaints.core.command.Command;
import dev.complaints.core.command.GiveInstruction;
import dev.complaints.core.command.RecordEvidence;
import dev.complaints.core.command.RequestInstruction;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.event.EvidenceRecorded;
import dev.complaints.core.event.InstructionGiven;
import dev.complaints.core.event.InstructionRequested;
import dev.complaints.core.json.Json;
import dev.complaints.core.model.Complaint;
import dev.complaints.core.model.Evidence;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.Instruction;
import dev.complaints.core.workflow.CommandRejectedException.Reason;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Evidence and instructions (docs/domain.md, "Evidence and instructions"): commands, rules, fold, JSON. */
class EvidenceAndInstructionsTest {
  private static final ObjectMapper MAPPER = Json.mapper();
  private final WorkflowEngine seven = WorkflowEngine.of(WorkflowPresets.sevenStep());

  private Run investigating() {
    Run r = new Run(seven, "C-7", "MERCHANT_GOODS_AFTER_SALES");
    r.accept(CS);
    assertThat(r.complaint.node()).isEqualTo("INVESTIGATION");
    return r;
  }

  private static RecordEvidence evidence(Run r, Actor a, String what, String collectedBy, String verifiedBy,
      Instant collectedAt) {
    return RecordEvidence.builder().common(r.nextId(), r.id(), a, r.next()).description(what)
        .collectedBy(collectedBy).verifiedBy(verifiedBy).collectedAt(collectedAt).build();
  }

  private static RequestInstruction ask(Run r, Actor a, String question) {
    return RequestInstruction.builder().common(r.nextId(), r.id(), a, r.next()).question(question).build();
  }

  private static GiveInstruction answer(Run r, Actor a, String instruction) {
    return GiveInstruction.builder().common(r.nextId(), r.id(), a, r.next()).instruction(instruction).build();
  }

  @Test
  void evidenceNamesWhoCollectedAndWhoVerifiedItAndStaysInternal() {
    Run r = investigating();
    Instant collected = Fixtures.T0.plusSeconds(60);
    RecordEvidence receipt = evidence(r, CS, "till receipt no. 0457 and a photo of the broken heel", "wang",
        "chen", collected);
    List<ComplaintEvent> events = r.exec(receipt);
    assertThat(events).containsExactly(new EvidenceRecorded("C-7", 5, receipt.commandId(), "wang", receipt.at(),
        "till receipt no. 0457 and a photo of the broken heel", "wang", "chen", collected));
    r.exec(evidence(r, CS, "camera recording of the counter, 14:00-14:30", "security-desk", null, collected));
    assertThat(r.complaint.evidence()).containsExactly(
        new Evidence("till receipt no. 0457 and a photo of the broken heel", "wang", "chen", collected, "wang",
            receipt.at()),
        new Evidence("camera recording of the counter, 14:00-14:30", "security-desk", null, collected, "wang",
            r.events.get(r.events.size() - 1).at()));
    assertThat(r.complaint.node()).isEqualTo("INVESTIGATION");
    assertThat(seven.replay(r.events)).isEqualTo(r.complaint);
    assertThat(seven.decide(r.complaint, receipt)).as("the same record again is a retry").isEmpty();
  }

  @Test
  void theCustomerViewNeverShowsEvidenceOrInstructions() throws Exception {
    Run r = investigating();
    r.exec(evidence(r, CS, "photo of the broken heel", "wang", null, Fixtures.T0));
    r.exec(ask(r, CS, "refund beyond the desk's limit of 500 CNY?"));
    String view = MAPPER.writeValueAsString(r.complaint.customerView());
    assertThat(view).doesNotContain("broken heel", "500 CNY", "evidence", "instruction");
    String internal = MAPPER.writeValueAsString(r.complaint);
    assertThat(internal).contains("broken heel", "500 CNY");
  }

  @Test
  void evidenceCannotBeRecordedBeforeItIsCollectedNorWhereTheWorkflowDoesNotPlaceIt() {
    Run r = investigating();
    Instant at = r.next();
    Fixtures.assertRejected(seven, r.complaint, RecordEvidence.builder().common("cmd-x", "C-7", CS, at)
        .description("photo").collectedBy("wang").collectedAt(at.plusSeconds(1)).build(), Reason.INVALID_VALUE,
        "evidence collected at " + at.plusSeconds(1) + " cannot be recorded at " + at + ", before it was collected");
    Run receipt = new Run(seven, "C-8", "SAFETY");
    assertThatThrownBy(() -> receipt.exec(evidence(receipt, CS, "photo", "wang", null, Fixtures.T0)))
        .isInstanceOfSatisfying(CommandRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.NOT_ALLOWED_IN_NODE));
  }

  @Test
  void aHandlerAsksTheStoreManagerWhoAnswersOneRequestAtATime() {
    Run r = investigating();
    RequestInstruction question = ask(r, CS, "the customer wants a refund beyond the desk's limit: may we?");
    assertThat(r.exec(question)).containsExactly(new InstructionRequested("C-7", 5, question.commandId(), "wang",
        question.at(), "the customer wants a refund beyond the desk's limit: may we?"));
    Instruction pending = new Instruction("the customer wants a refund beyond the desk's limit: may we?", "wang",
        question.at(), null, null, null);
    assertThat(r.complaint.pendingInstruction()).isEqualTo(pending);
    Fixtures.assertRejected(seven, r.complaint, ask(r, DEPT, "and a voucher?"), Reason.INVALID_VALUE,
        "a request for instructions is already pending (asked by 'wang' at " + question.at() + "); it is answered"
            + " with GiveInstruction before another is asked");
    assertThatThrownBy(() -> r.exec(answer(r, CS, "yes"))).isInstanceOfSatisfying(CommandRejectedException.class,
        e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_ROLE));
    // the request outlives the node: the investigation moves on while the store manager decides
    r.investigate(CS, true, "merchant-relations");
    assertThat(r.complaint.node()).isEqualTo("DEPARTMENT_HANDLING");
    assertThat(r.complaint.pendingInstruction()).isEqualTo(pending);
    GiveInstruction yes = answer(r, MANAGER, "refund in full; the store bears it");
    assertThat(r.exec(yes)).containsExactly(new InstructionGiven("C-7", r.complaint.version(), yes.commandId(),
        "chen", yes.at(), "refund in full; the store bears it"));
    assertThat(r.complaint.pendingInstruction()).isNull();
    assertThat(r.complaint.instructions()).containsExactly(
        pending.given("refund in full; the store bears it", "chen", yes.at()));
    Fixtures.assertRejected(seven, r.complaint, answer(r, MANAGER, "again"), Reason.INVALID_VALUE,
        "no request for instructions is pending; a handler asks with RequestInstruction first");
    r.exec(ask(r, DEPT, "may the merchant pay in instalments?"));
    assertThat(r.complaint.instructions()).hasSize(2);
    assertThat(seven.replay(r.events)).isEqualTo(r.complaint);
  }

  @Test
  void theNextRoleUpIsTheOneEachPresetNames() {
    WorkflowEngine mall = WorkflowEngine.of(WorkflowPresets.mallTicket());
    Run m = new Run(mall, "C-1", "SAFETY");
    m.accept(CS);
    m.exec(ask(m, DISPATCHER, "a fire exit blocked by a tenant: grade it CRITICAL?"));
    m.exec(answer(m, MANAGER, "grade it MAJOR and call security"));
    m.grade(DISPATCHER, Grade.MAJOR);
    assertThat(m.complaint.instructions()).extracting(Instruction::givenBy).containsExactly("chen");

    WorkflowEngine retail = WorkflowEngine.of(WorkflowPresets.retailPlan());
    Run t = new Run(retail, "C-2", "PRODUCT_QUALITY");
    t.accept(CS);
    t.exec(ask(t, CS, "replace a coat bought a year ago?"));
    assertThatThrownBy(() -> t.exec(answer(t, DEPT, "yes"))).isInstanceOfSatisfying(CommandRejectedException.class,
        e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_ROLE));
    t.exec(answer(t, LEADER, "replace it as a goodwill gesture"));
    assertThat(t.complaint.instructions()).extracting(Instruction::givenBy).containsExactly("zhou");
  }

  @Test
  void everyPresetPlacesEvidenceInItsInvestigationAndInstructionsInEveryOpenNode() {
    assertThat(acceptingNodes(WorkflowPresets.sevenStep(), "RecordEvidence"))
        .containsExactly("INVESTIGATION", "DEPARTMENT_HANDLING");
    assertThat(acceptingNodes(WorkflowPresets.mallTicket(), "RecordEvidence")).containsExactly("PLANNING", "HANDLING");
    assertThat(acceptingNodes(WorkflowPresets.retailPlan(), "RecordEvidence"))
        .containsExactly("CLASSIFICATION", "PLANNING", "EXECUTION");
    for (String id : WorkflowPresets.IDS) {
      WorkflowDefinition d = WorkflowPresets.load(id);
      List<String> open = d.nodes().stream().filter(n -> !n.terminal()).map(NodeDefinition::name).toList();
      assertThat(acceptingNodes(d, "RequestInstruction")).as(id).isEqualTo(open);
      assertThat(acceptingNodes(d, "GiveInstruction")).as(id).isEqualTo(open);
      for (NodeDefinition n : d.nodes()) {
        if (n.terminal()) {
          continue;
        }
        Set<String> askers = roles(n, "RequestInstruction");
        Set<String> answerers = roles(n, "GiveInstruction");
        assertThat(answerers).as(id + " " + n.name()).contains("STORE_MANAGER");
        assertThat(askers).as(id + " " + n.name() + ": who asks does not answer").isNotEmpty()
            .doesNotContainAnyElementsOf(answerers);
      }
    }
  }

  private static List<String> acceptingNodes(WorkflowDefinition d, String command) {
    return d.nodes().stream().filter(n -> n.commands().contains(command)).map(NodeDefinition::name).toList();
  }

  private static Set<String> roles(NodeDefinition n, String command) {
    return n.transitions().stream().filter(t -> t.command().equals(command))
        .flatMap(t -> t.roles().stream()).collect(java.util.stream.Collectors.toSet());
  }

  @Test
  void anInstructionWithoutARequestDoesNotFold() {
    Run r = investigating();
    assertThatThrownBy(() -> seven.apply(r.complaint, new InstructionGiven("C-7", r.complaint.version() + 1, "x",
        "chen", r.next(), "yes"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("complaint C-7 has no pending request for instructions to answer");
  }

  @Test
  void commandsEventsAndComplaintsRoundTripThroughJson() throws Exception {
    Run r = investigating();
    List<Command> commands = List.of(evidence(r, CS, "photo", "wang", "chen", Fixtures.T0),
        ask(r, CS, "beyond my authority?"), answer(r, MANAGER, "go ahead"));
    for (Command c : commands) {
      String json = MAPPER.writeValueAsString(c);
      assertThat(json).startsWith("{\"type\":\"" + c.typeName() + "\"");
      assertThat(MAPPER.readValue(json, Command.class)).isEqualTo(c);
      r.exec(c);
    }
    assertThat(MAPPER.writeValueAsString(commands.get(0))).contains("\"collectedBy\":\"wang\"",
        "\"verifiedBy\":\"chen\"", "\"collectedAt\":\"2026-10-03T11:10:00Z\"");
    for (ComplaintEvent e : r.events) {
      assertThat(MAPPER.readValue(MAPPER.writeValueAsString(e), ComplaintEvent.class)).isEqualTo(e);
    }
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(r.complaint), Complaint.class)).isEqualTo(r.complaint);
  }
}
