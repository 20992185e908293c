package dev.complaints.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.complaints.core.json.Json;
import dev.complaints.core.validation.Problem;
import dev.complaints.core.validation.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkflowDefinitionTest {
  private static final ObjectMapper MAPPER = Json.mapper();

  private static WorkflowDefinition.Builder small() {
    return WorkflowDefinition.builder("small")
        .initialNode("OPEN")
        .roles("CLERK")
        .node(NodeDefinition.named("OPEN")
            .transition(TransitionDefinition.on("AcceptComplaint").roles("CLERK").closes("DONE", "RESOLVED")))
        .node(NodeDefinition.named("DONE").terminal());
  }

  private static List<Problem> problems(Runnable r) {
    try {
      r.run();
    } catch (ValidationException e) {
      return e.problems();
    }
    throw new AssertionError("expected a ValidationException");
  }

  @Test
  void builderBuildsAValidDefinition() {
    WorkflowDefinition d = small().build();
    assertThat(d.nodes()).extracting(NodeDefinition::name).containsExactly("OPEN", "DONE");
    assertThat(d.requireNode("OPEN").commands()).containsExactly("AcceptComplaint");
    assertThat(d.taxonomy()).isEqualTo("mall");
  }

  @Test
  void builderListsEveryProblemWithItsPath() {
    List<Problem> ps = problems(() -> WorkflowDefinition.builder("bad")
        .initialNode("START")
        .roles("CLERK", "CLERK")
        .node(NodeDefinition.named("A")
            .transition(TransitionDefinition.on("AcceptComplaint").roles("BOSS").to("B"))
            .transition(TransitionDefinition.on("AcceptComplaint").to("Z")))
        .node(NodeDefinition.named("B").transition(TransitionDefinition.on("AddNote")))
        .node(NodeDefinition.named("A").terminal())
        .build());
    assertThat(ps).extracting(Problem::path).contains("$.roles[1]", "$.initialNode", "$.nodes[2].name",
        "$.nodes[0].transitions[0].roles[0]", "$.nodes[0].transitions[1].to", "$.nodes[0].transitions[1]",
        "$.nodes[1].transitions");
    assertThat(ps).extracting(Problem::message).anyMatch(m -> m.equals("unknown node 'START' (allowed: A, B)"))
        .anyMatch(m -> m.contains("can never be taken"));
  }

  @Test
  void unreachableNodesAndNodesThatCannotReachAnEndAreReported() {
    List<Problem> ps = problems(() -> WorkflowDefinition.builder("loop")
        .initialNode("A")
        .node(NodeDefinition.named("A").transition(TransitionDefinition.on("AcceptComplaint").to("B")))
        .node(NodeDefinition.named("B").transition(TransitionDefinition.on("AcceptComplaint").to("A")))
        .node(NodeDefinition.named("END").terminal())
        .build());
    assertThat(ps).containsExactlyInAnyOrder(
        Problem.of("$.nodes[2]", "node 'END' is unreachable from the initial node 'A'"),
        Problem.of("$.nodes[0]", "dead end: no terminal node can be reached from 'A'"),
        Problem.of("$.nodes[1]", "dead end: no terminal node can be reached from 'B'"));
  }

  @Test
  void closeReasonsAndCommandConditionsAreChecked() {
    List<Problem> ps = problems(() -> WorkflowDefinition.builder("x")
        .initialNode("A")
        .node(NodeDefinition.named("A")
            .entryGuards(Condition.SATISFIED)
            .transition(TransitionDefinition.on("AcceptComplaint").when(Condition.AGREED).to("END"))
            .transition(TransitionDefinition.on("ReceiveComplaint").closes("END", "X")))
        .node(NodeDefinition.named("END").terminal())
        .build());
    assertThat(ps).extracting(Problem::path).containsExactlyInAnyOrder("$.nodes[0].entryGuards[0]",
        "$.nodes[0].transitions[0].when[0]", "$.nodes[0].transitions[0].closeReason",
        "$.nodes[0].transitions[1].command");
  }

  @Test
  void noTerminalNodeAndNoNodesAreReported() {
    assertThat(problems(() -> WorkflowDefinition.builder("none").initialNode("A").build()))
        .extracting(Problem::path).contains("$.nodes", "$.initialNode");
    assertThat(problems(() -> WorkflowDefinition.builder("open").initialNode("A")
        .node(NodeDefinition.named("A").transition(TransitionDefinition.on("AddNote").to("B")))
        .node(NodeDefinition.named("B").transition(TransitionDefinition.on("AddNote").to("A"))).build()))
        .extracting(Problem::message)
        .contains("must include a terminal node (without one a complaint could never be closed)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"mall-ticket", "seven-step", "retail-plan"})
  void presetsRoundTripThroughJson(String id) throws Exception {
    WorkflowDefinition d = WorkflowPresets.load(id);
    assertThat(WorkflowDefinitions.read(WorkflowDefinitions.toJsonString(d))).isEqualTo(d);
    assertThat(WorkflowDefinitions.read(WorkflowDefinitions.toJson(d))).isEqualTo(d);
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(d), WorkflowDefinition.class)).isEqualTo(d);
    assertThat(MAPPER.readTree(WorkflowDefinitions.toJsonString(d)))
        .isEqualTo(MAPPER.readTree(WorkflowPresets.resourceText(id)));
    assertThat((JsonNode) MAPPER.valueToTree(d)).isEqualTo(WorkflowDefinitions.toJson(d));
  }

  @Test
  void mallTicketPresetHasTheNodesOfTheSpec() {
    WorkflowDefinition d = WorkflowPresets.mallTicket();
    assertThat(d.nodes()).extracting(NodeDefinition::name).containsExactly("ACCEPTANCE", "GRADING", "PLANNING",
        "CUSTOMER_FEEDBACK", "HANDLING", "RETURN_VISIT", "CLOSED");
    assertThat(d.requireNode("CUSTOMER_FEEDBACK").entryGuards()).containsExactly(Condition.PLAN_CONFIRMED);
    assertThat(d.requireNode("HANDLING").transitions()).filteredOn(t -> t.command().equals("ApproveExtension"))
        .singleElement().satisfies(t -> assertThat(t.roles()).containsExactly("STORE_MANAGER"));
  }

  @Test
  void malformedJsonIsOneProblemAtThePathWhereReadingStopped() {
    assertThat(problems(() -> WorkflowDefinitions.read("{\"id\": ")))
        .singleElement().satisfies(p -> {
          assertThat(p.path()).isEqualTo("$.id");
          assertThat(p.message()).startsWith("not valid JSON: Unexpected end-of-input").endsWith("at line 1, column 8");
        });
    assertThat(problems(() -> WorkflowDefinitions.read("{\"id\":\"x\",\"nodes\":[{\"name\":\"A\"},{\"name\":}]}")))
        .singleElement().satisfies(p -> {
          assertThat(p.path()).isEqualTo("$.nodes[1].name");
          assertThat(p.message()).startsWith("not valid JSON: Unexpected character ('}'").endsWith("at line 1, column 41");
        });
    assertThat(problems(() -> WorkflowDefinitions.read("  ")))
        .containsExactly(Problem.of("$", "not valid JSON: no JSON value: the text is empty"));
    assertThat(problems(() -> WorkflowDefinitions.read("[1, 2]")))
        .containsExactly(Problem.of("$", "must be an object (found an array)"));
  }

  @Test
  void unknownAndMissingFieldsNameTheirJsonPath() {
    String json = "{\"id\":\"x\",\"initialNode\":\"A\",\"extra\":1,\"nodes\":[{\"name\":\"A\",\"transitions\":"
        + "[{\"command\":\"AddNote\",\"to\":\"B\",\"roles\":[7],\"gradeUp\":\"yes\"}]},{\"nme\":\"B\"}]}";
    assertThat(problems(() -> WorkflowDefinitions.read(json))).containsExactlyInAnyOrder(
        Problem.of("$.extra", "unknown field (allowed: id, description, taxonomy, initialNode, roles, "
            + "customerNoteRoles, nodes, routing)"),
        Problem.of("$.nodes[0].transitions[0].roles[0]", "must be a string (found 7)"),
        Problem.of("$.nodes[0].transitions[0].gradeUp", "must be true or false (found \"yes\")"),
        Problem.of("$.nodes[1].nme", "unknown field (allowed: name, description, terminal, entryGuards, transitions)"),
        Problem.of("$.nodes[1].name", "missing required field"));
  }

  @Test
  void aRepeatedFieldNameIsAnErrorNotASilentOverwrite() throws Exception {
    String json = "{\"id\":\"x\",\"initialNode\":\"A\",\"roles\":[],\"nodes\":[{\"name\":\"A\",\"transitions\":"
        + "[{\"command\":\"AcceptComplaint\",\"to\":\"B\",\"closeReason\":\"R\",\"to\":\"C\"}]},"
        + "{\"name\":\"B\",\"terminal\":true},{\"name\":\"C\",\"terminal\":true}]}";
    // the first value is read on, so that the rest of the document is checked too: C is unreachable
    assertThat(problems(() -> WorkflowDefinitions.read(json))).containsExactly(
        Problem.of("$.nodes[0].transitions[0].to", "duplicate key"),
        Problem.of("$.nodes[2]", "node 'C' is unreachable from the initial node 'A'"));
    assertThatThrownBy(() -> MAPPER.readValue(json, WorkflowDefinition.class))
        .hasMessageContaining("Duplicate field 'to'");
    // the same document without the repetition is valid
    assertThat(WorkflowDefinitions.read(json.replace(",\"to\":\"C\"", "").replace(",{\"name\":\"C\",\"terminal\":true}", "")).requireNode("A").transitions())
        .singleElement().satisfies(t -> assertThat(t.to()).isEqualTo("B"));
  }

  @Test
  void unknownFieldsAndSemanticProblemsAreListedTogether() {
    String json = "{\"id\":\"x\",\"colour\":\"red\",\"initialNode\":\"A\",\"nodes\":[{\"name\":\"A\","
        + "\"transitions\":[{\"command\":\"AcceptComplaint\",\"to\":\"NOWHERE\",\"label\":\"go\"}]},"
        + "{\"name\":\"END\",\"terminal\":true}]}";
    assertThat(problems(() -> WorkflowDefinitions.read(json))).containsExactlyInAnyOrder(
        Problem.of("$.colour", "unknown field (allowed: id, description, taxonomy, initialNode, roles, "
            + "customerNoteRoles, nodes, routing)"),
        Problem.of("$.nodes[0].transitions[0].label", "unknown field (allowed: command, when, roles, "
            + "requiredFields, guards, to, closeReason, gradeUp)"),
        Problem.of("$.nodes[0].transitions[0].to", "unknown node 'NOWHERE' (allowed: A, END)"),
        Problem.of("$.nodes[0].transitions", "dead end: non-terminal node 'A' has no transition to another node"),
        Problem.of("$.nodes[1]", "node 'END' is unreachable from the initial node 'A'"));
  }

  @Test
  void customerNoteRolesAreReadWrittenBackAndMustBeDeclaredRoles() throws Exception {
    WorkflowDefinition d = small().roles("DESK").customerNoteRoles("DESK").build();
    assertThat(d.customerNoteRoles()).containsExactly("DESK");
    assertThat(WorkflowDefinitions.toJson(d).get("customerNoteRoles").toString()).isEqualTo("[\"DESK\"]");
    assertThat(WorkflowDefinitions.read(WorkflowDefinitions.toJsonString(d))).isEqualTo(d);
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(d), WorkflowDefinition.class).customerNoteRoles())
        .containsExactly("DESK");
    // absent: nobody may write to the customer, and nothing is written back
    assertThat(small().build().customerNoteRoles()).isEmpty();
    assertThat(WorkflowDefinitions.toJson(small().build()).has("customerNoteRoles")).isFalse();

    String json = "{\"id\":\"x\",\"initialNode\":\"A\",\"roles\":[\"CLERK\"],"
        + "\"customerNoteRoles\":[\"CLERK\",\"BOSS\",\"CLERK\",\" \"],\"nodes\":[{\"name\":\"A\","
        + "\"transitions\":[{\"command\":\"AcceptComplaint\",\"to\":\"END\",\"closeReason\":\"R\"}]},"
        + "{\"name\":\"END\",\"terminal\":true}]}";
    assertThat(problems(() -> WorkflowDefinitions.read(json))).containsExactly(
        Problem.of("$.customerNoteRoles[3]", "must not be blank"));
    assertThat(problems(() -> WorkflowDefinitions.read(json.replace(",\" \"", "")))).containsExactly(
        Problem.of("$.customerNoteRoles[1]", "unknown role 'BOSS' (allowed: CLERK)"),
        Problem.of("$.customerNoteRoles[2]", "duplicate role 'CLERK' (also at $.customerNoteRoles[0])"));
    assertThat(problems(() -> small().customerNoteRoles("NOBODY").build()))
        .containsExactly(Problem.of("$.customerNoteRoles[0]", "unknown role 'NOBODY' (allowed: CLERK)"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"mall-ticket", "seven-step", "retail-plan"})
  void everyPresetNamesWhoMayWriteToTheCustomer(String id) {
    WorkflowDefinition d = WorkflowPresets.load(id);
    assertThat(d.customerNoteRoles()).contains("CUSTOMER_SERVICE").doesNotContain("LEADERSHIP", "STORE_MANAGER");
    assertThat(d.roles()).containsAll(d.customerNoteRoles());
  }

  @Test
  void closeUnresolvedAlwaysClosesAsUnresolved() {
    List<Problem> ps = problems(() -> WorkflowDefinition.builder("x")
        .initialNode("A")
        .node(NodeDefinition.named("A")
            .transition(TransitionDefinition.on("AcceptComplaint").to("B"))
            .transition(TransitionDefinition.on("CloseUnresolved").to("B")))
        .node(NodeDefinition.named("B")
            .transition(TransitionDefinition.on("CloseUnresolved").closes("END", "RESOLVED"))
            .transition(TransitionDefinition.on("Withdraw").closes("END", "WITHDRAWN")))
        .node(NodeDefinition.named("END").terminal())
        .build());
    assertThat(ps).containsExactly(
        Problem.of("$.nodes[0].transitions[1].to",
            "must be a terminal node (CloseUnresolved closes the complaint, as UNRESOLVED)"),
        Problem.of("$.nodes[1].transitions[0].closeReason",
            "must be UNRESOLVED for CloseUnresolved (found \"RESOLVED\")"));
  }

  @Test
  void jacksonReadingReportsTheProblems() {
    assertThatThrownBy(() -> MAPPER.readValue("{\"id\":\"x\",\"initialNode\":\"A\",\"nodes\":[]}",
        WorkflowDefinition.class)).hasMessageContaining("$.nodes: must not be empty");
  }

  @Test
  void unknownTaxonomyIsAProblem() {
    assertThat(problems(() -> small().taxonomy("garden").build()))
        .containsExactly(Problem.of("$.taxonomy", "must be one of: mall, retail (found \"garden\")"));
  }

  @Test
  void unknownPresetIdNamesTheAllowedOnes() {
    assertThatThrownBy(() -> WorkflowPresets.load("eight-step"))
        .hasMessage("unknown workflow preset 'eight-step'; allowed: mall-ticket, seven-step, retail-plan");
  }
}
