package dev.complaints.core.workflow;

import static dev.complaints.core.Fixtures.CS;
import static dev.complaints.core.Fixtures.DISPATCHER;
import static dev.complaints.core.Fixtures.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.complaints.core.Fixtures;
import dev.complaints.core.Fixtures.Run;
import dev.complaints.core.command.Command;
import dev.complaints.core.command.Dispatch;
import dev.complaints.core.command.ReceiveComplaint;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.event.Dispatched;
import dev.complaints.core.json.Json;
import dev.complaints.core.model.Grade;
import dev.complaints.core.validation.Problem;
import dev.complaints.core.validation.ValidationException;
import dev.complaints.core.workflow.CommandRejectedException.Reason;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Routing rules as data (docs/domain.md, "Routing"): matching, the routed dispatch, validation, JSON. */
class RoutingTest {
  private static final ObjectMapper MAPPER = Json.mapper();
  private final WorkflowEngine engine = WorkflowEngine.of(WorkflowPresets.mallTicket());

  private Run graded(String category, Grade grade) {
    Run r = new Run(engine, "C-1", category);
    r.accept(CS);
    r.grade(DISPATCHER, grade);
    return r;
  }

  private static List<Problem> problems(Runnable r) {
    try {
      r.run();
    } catch (ValidationException e) {
      return e.problems();
    }
    throw new AssertionError("expected a ValidationException");
  }

  @ParameterizedTest
  @CsvSource({
    "PREPAID_CARD, GENERAL, prepaid-card, tenant-relations, prepaid-card-desk",
    "MERCHANT_SERVICE, SERIOUS, merchant-service, tenant-relations, ",
    "MERCHANT_GOODS_AFTER_SALES, GENERAL, merchant-service, tenant-relations, ",
    "MERCHANT_CONTRACT_PAYMENT, MAJOR, merchant-service, tenant-relations, ",
    "ENVIRONMENT_SANITATION, GENERAL, environment-sanitation, cleaning, ",
    "FACILITIES_EQUIPMENT, SERIOUS, facilities-equipment, engineering, ",
    "SAFETY, GENERAL, safety, security, security-duty-officer",
    "SAFETY, SERIOUS, safety, security, security-duty-officer",
    "SAFETY, MAJOR, major-safety, security, security-manager",
    "SAFETY, CRITICAL, major-safety, security, security-manager",
    "LOSS_COMPENSATION, GENERAL, loss-compensation, customer-service, claims-desk"
  })
  void theMallTicketRoutesEveryCategoryOfTheMallTaxonomy(String category, Grade grade, String rule,
      String department, String owner) {
    Run r = graded(category, grade);
    RoutingRule chosen = engine.route(r.complaint).orElseThrow();
    assertThat(chosen.id()).isEqualTo(rule);
    assertThat(chosen.department()).isEqualTo(department);
    assertThat(chosen.owner()).isEqualTo(owner);
  }

  @Test
  void aRoutedDispatchIsAnOrdinaryDispatchedEventNamingTheRule() {
    Run r = graded("PREPAID_CARD", Grade.GENERAL);
    Dispatch d = engine.routedDispatch(r.complaint, "cmd-route", DISPATCHER, r.next()).orElseThrow();
    assertThat(d).isEqualTo(new Dispatch("cmd-route", "C-1", DISPATCHER, d.at(), "tenant-relations",
        "prepaid-card-desk", "prepaid-card"));
    List<ComplaintEvent> events = r.exec(d);
    assertThat(r.types(events)).containsExactly("Dispatched", "NodeLeft", "NodeEntered");
    Dispatched dispatched = (Dispatched) events.get(0);
    assertThat(dispatched.rule()).isEqualTo("prepaid-card");
    assertThat(dispatched.department()).isEqualTo("tenant-relations");
    assertThat(dispatched.assignee()).isEqualTo("prepaid-card-desk");
    assertThat(r.complaint.department()).isEqualTo("tenant-relations");
    assertThat(r.complaint.assignee()).isEqualTo("prepaid-card-desk");
    assertThat(r.complaint.node()).isEqualTo("PLANNING");
    assertThat(engine.replay(r.events)).isEqualTo(r.complaint);
    assertThat(engine.decide(r.complaint, d)).as("the same routed dispatch again is a retry").isEmpty();
  }

  @Test
  void aManualDispatchOverridesRoutingAndRecordsNoRule() {
    Run r = graded("PREPAID_CARD", Grade.GENERAL);
    List<ComplaintEvent> events = r.exec(new Dispatch("cmd-manual", "C-1", MANAGER, r.next(), "legal", "counsel"));
    Dispatched dispatched = (Dispatched) events.get(0);
    assertThat(dispatched.rule()).isNull();
    assertThat(r.complaint.department()).isEqualTo("legal");
    assertThat(r.complaint.assignee()).isEqualTo("counsel");
  }

  @Test
  void routingLooksAtTheGradeSoItChoosesAfterGrading() {
    Run r = new Run(engine, "C-1", "SAFETY");
    r.accept(CS);
    assertThat(engine.route(r.complaint)).map(RoutingRule::id).contains("safety");
    r.grade(DISPATCHER, Grade.MAJOR);
    assertThat(engine.route(r.complaint)).map(RoutingRule::id).contains("major-safety");
  }

  @Test
  void aDispatchNamingARuleMustBeWhatRoutingChooses() {
    Run r = graded("SAFETY", Grade.GENERAL);
    Fixtures.assertRejected(engine, r.complaint, Dispatch.builder().common("cmd-x", "C-1", DISPATCHER, r.next())
            .department("security").assignee("security-manager").rule("major-safety").build(),
        Reason.INVALID_VALUE, "routing rule 'major-safety' does not choose complaint C-1 (category SAFETY, org unit"
            + " plaza-01, grade GENERAL): routing chooses rule 'safety'; a dispatch chosen by a person names no rule");
    Fixtures.assertRejected(engine, r.complaint, Dispatch.builder().common("cmd-x", "C-1", DISPATCHER, r.next())
            .department("cleaning").assignee("security-duty-officer").rule("safety").build(),
        Reason.INVALID_VALUE, "routing rule 'safety' dispatches to security/security-duty-officer, not to"
            + " cleaning/security-duty-officer; a dispatch chosen by a person names no rule");
    Fixtures.assertRejected(engine, r.complaint, Dispatch.builder().common("cmd-x", "C-1", DISPATCHER, r.next())
            .department("security").rule("nightwatch").build(),
        Reason.INVALID_VALUE, "unknown routing rule 'nightwatch' (rules of workflow 'mall-ticket': major-safety,"
            + " safety, prepaid-card, merchant-service, environment-sanitation, facilities-equipment,"
            + " loss-compensation)");
  }

  @Test
  void aWorkflowWithoutRoutingRoutesNothingAndRefusesANamedRule() {
    WorkflowEngine plain = WorkflowEngine.of(WorkflowPresets.sevenStep());
    Run r = new Run(plain, "C-1", "SAFETY");
    assertThat(plain.definition().routing()).isNull();
    assertThat(plain.route(r.complaint)).isEmpty();
    assertThat(plain.routedDispatch(r.complaint, "cmd-x", MANAGER, r.next())).isEmpty();
  }

  @Test
  void orgUnitAndGradesNarrowARuleAndTheFirstMatchWins() {
    WorkflowDefinition d = WorkflowDefinition.builder("routed")
        .initialNode("OPEN")
        .roles("CLERK")
        .node(NodeDefinition.named("OPEN")
            .transition(TransitionDefinition.on("Dispatch").roles("CLERK").closes("DONE", "RESOLVED")))
        .node(NodeDefinition.named("DONE").terminal())
        .routing(RoutingRule.of("plaza-02-merchants", "MERCHANT_SERVICE").orgUnit("plaza-02")
                .department("plaza-02-tenants").build(),
            RoutingRule.of("serious-merchants", "MERCHANT_SERVICE").grades(Grade.SERIOUS, Grade.MAJOR)
                .department("tenant-relations").owner("head-of-tenants").build(),
            RoutingRule.of("merchants", "MERCHANT_SERVICE").department("tenant-relations").build())
        .build();
    WorkflowEngine e = WorkflowEngine.of(d);
    ReceiveComplaint intake = Fixtures.receive("C-9", "PREPAID_CARD");
    assertThat(e.route(e.replay(e.open(intake)))).map(RoutingRule::id).contains("merchants");
    ReceiveComplaint serious = ReceiveComplaint.builder().common("r", "C-9", CS, Fixtures.T0)
        .channel(intake.channel()).complainant(intake.complainant()).subject(intake.subject())
        .category("PREPAID_CARD").description("x").orgUnit("plaza-01").grade(Grade.SERIOUS).build();
    assertThat(e.route(e.replay(e.open(serious)))).map(RoutingRule::id).contains("serious-merchants");
    ReceiveComplaint elsewhere = ReceiveComplaint.builder().common("r", "C-9", CS, Fixtures.T0)
        .channel(intake.channel()).complainant(intake.complainant()).subject(intake.subject())
        .category("PREPAID_CARD").description("x").orgUnit("plaza-02").grade(Grade.SERIOUS).build();
    assertThat(e.route(e.replay(e.open(elsewhere)))).map(RoutingRule::id).contains("plaza-02-merchants");
    ReceiveComplaint safety = ReceiveComplaint.builder().common("r", "C-9", CS, Fixtures.T0)
        .channel(intake.channel()).complainant(intake.complainant()).subject(intake.subject())
        .category("SAFETY").description("x").build();
    assertThat(e.route(e.replay(e.open(safety)))).isEmpty();
    assertThat(e.definition().routing().rule("merchants")).map(RoutingRule::owner).isEqualTo(Optional.empty());
    assertThat(WorkflowDefinitions.read(WorkflowDefinitions.toJsonString(d))).isEqualTo(d);
  }

  @Test
  void theRoutingSectionIsWrittenBackAndReadAgain() throws Exception {
    WorkflowDefinition mall = WorkflowPresets.mallTicket();
    var tree = WorkflowDefinitions.toJson(mall);
    assertThat(tree.get("routing").get("rules").get(0).toString()).isEqualTo("{\"id\":\"major-safety\","
        + "\"category\":\"SAFETY\",\"grades\":[\"MAJOR\",\"CRITICAL\"],\"department\":\"security\","
        + "\"owner\":\"security-manager\"}");
    assertThat(tree.get("routing").get("rules").get(3).toString()).isEqualTo("{\"id\":\"merchant-service\","
        + "\"category\":\"MERCHANT_SERVICE\",\"department\":\"tenant-relations\"}");
    assertThat(WorkflowDefinitions.read(tree)).isEqualTo(mall);
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(mall), WorkflowDefinition.class)).isEqualTo(mall);
  }

  private static String withRouting(String routing) {
    return "{\"id\":\"r\",\"initialNode\":\"OPEN\",\"nodes\":[{\"name\":\"OPEN\",\"transitions\":[{\"command\":"
        + "\"Dispatch\",\"to\":\"DONE\",\"closeReason\":\"RESOLVED\"}]},{\"name\":\"DONE\",\"terminal\":true}],"
        + "\"routing\":" + routing + "}";
  }

  @Test
  void theStructureOfTheRoutingSectionIsReadLikeTheRestOfTheDefinition() {
    assertThat(problems(() -> WorkflowDefinitions.read(withRouting("{\"rules\":[{\"id\":\"a\",\"category\":"
        + "\"SAFETY\",\"team\":\"x\",\"grades\":[\"HUGE\"]}],\"fallback\":\"x\"}")))).containsExactly(
        Problem.of("$.routing.fallback", "unknown field (allowed: rules)"),
        Problem.of("$.routing.rules[0].team", "unknown field (allowed: id, category, orgUnit, grades, department,"
            + " owner)"),
        Problem.of("$.routing.rules[0].grades[0]", "must be one of: GENERAL, SERIOUS, MAJOR, CRITICAL (found"
            + " \"HUGE\")"),
        Problem.of("$.routing.rules[0].department", "missing required field"));
    assertThat(problems(() -> WorkflowDefinitions.read(withRouting("{}")))).containsExactly(
        Problem.of("$.routing.rules", "missing required field"));
    assertThat(problems(() -> WorkflowDefinitions.read(withRouting("[]")))).containsExactly(
        Problem.of("$.routing", "must be an object (found an array)"));
    assertThat(problems(() -> WorkflowDefinitions.read(withRouting("{\"rules\":[{\"id\":\" \",\"category\":"
        + "\"SAFETY\",\"department\":\"security\",\"owner\":7}]}")))).containsExactly(
        Problem.of("$.routing.rules[0].id", "must not be blank"),
        Problem.of("$.routing.rules[0].owner", "must be a string (found 7)"));
  }

  @Test
  void rulesAreCheckedAgainstTheTaxonomyAndEachOther() {
    assertThat(problems(() -> WorkflowDefinitions.read(withRouting("{\"rules\":[]}")))).containsExactly(
        Problem.of("$.routing.rules", "must not be empty"));
    String rules = "{\"rules\":["
        + "{\"id\":\"merchants\",\"category\":\"MERCHANT_SERVICE\",\"department\":\"tenants\"},"
        + "{\"id\":\"cards\",\"category\":\"PREPAID_CARD\",\"department\":\"cards\"},"
        + "{\"id\":\"garden\",\"category\":\"GARDEN\",\"department\":\"gardeners\"},"
        + "{\"id\":\"merchants\",\"category\":\"SAFETY\",\"grades\":[\"MAJOR\",\"MAJOR\"],\"department\":\"x\"},"
        + "{\"id\":\"safety\",\"category\":\"SAFETY\",\"grades\":[\"MAJOR\",\"CRITICAL\"],\"department\":\"x\"},"
        + "{\"id\":\"plaza-01-safety\",\"category\":\"SAFETY\",\"orgUnit\":\"plaza-01\",\"department\":\"x\"}"
        + "]}";
    assertThat(problems(() -> WorkflowDefinitions.read(withRouting(rules)))).containsExactly(
        Problem.of("$.routing.rules[1]", "rule 'cards' can never match: $.routing.rules[0] ('merchants') comes"
            + " first and matches every complaint it matches"),
        Problem.of("$.routing.rules[2].category", "unknown category 'GARDEN' (allowed: MERCHANT_SERVICE,"
            + " MERCHANT_GOODS_AFTER_SALES, MERCHANT_CONTRACT_PAYMENT, PREPAID_CARD, ENVIRONMENT_SANITATION,"
            + " FACILITIES_EQUIPMENT, SAFETY, LOSS_COMPENSATION)"),
        Problem.of("$.routing.rules[3].id", "duplicate rule id 'merchants' (also at $.routing.rules[0].id)"),
        Problem.of("$.routing.rules[3].grades[1]", "duplicate grade 'MAJOR' (also at"
            + " $.routing.rules[3].grades[0])"));
    assertThat(problems(() -> WorkflowDefinitions.read(withRouting(rules).replace("\"initialNode\"",
        "\"taxonomy\":\"retail\",\"initialNode\"")))).extracting(Problem::message)
        .contains("unknown category 'MERCHANT_SERVICE' (allowed: PRODUCT_QUALITY, SERVICE_ATTITUDE, AFTER_SALES,"
            + " LOGISTICS)");
  }

  @Test
  void theJavaBuilderIsValidatedTheSameWay() {
    assertThatThrownBy(() -> WorkflowDefinition.builder("x").initialNode("OPEN")
        .node(NodeDefinition.named("OPEN").transition(TransitionDefinition.on("Dispatch").closes("DONE", "RESOLVED")))
        .node(NodeDefinition.named("DONE").terminal())
        .routing(RoutingRule.of("a", "SAFETY").department("security").build(),
            RoutingRule.of("b", "SAFETY").grades(Grade.MAJOR).department("security").build())
        .build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).containsExactly(
            Problem.of("$.routing.rules[1]", "rule 'b' can never match: $.routing.rules[0] ('a') comes first and"
                + " matches every complaint it matches")));
    assertThatThrownBy(() -> RoutingRule.of("a", "SAFETY").build())
        .isInstanceOf(NullPointerException.class).hasMessageContaining("routing rule department");
  }

  @Test
  void dispatchEventsAndCommandsCarryTheRuleInJsonAndOlderJsonStillReads() throws Exception {
    Dispatched routed = new Dispatched("C-1", 5, "cmd-4", "li", Fixtures.T0, "security", "security-manager",
        "major-safety");
    String json = MAPPER.writeValueAsString(routed);
    assertThat(json).contains("\"rule\":\"major-safety\"");
    assertThat(MAPPER.readValue(json, ComplaintEvent.class)).isEqualTo(routed);
    String older = "{\"type\":\"Dispatched\",\"complaintId\":\"C-1\",\"version\":5,\"commandId\":\"cmd-4\","
        + "\"actor\":\"li\",\"at\":\"2026-10-03T11:10:00Z\",\"department\":\"security\",\"assignee\":\"guard-7\"}";
    assertThat(MAPPER.readValue(older, ComplaintEvent.class))
        .isEqualTo(new Dispatched("C-1", 5, "cmd-4", "li", Fixtures.T0, "security", "guard-7"));
    Dispatch command = Dispatch.builder().common("cmd-4", "C-1", DISPATCHER, Fixtures.T0).department("security")
        .assignee("security-manager").rule("major-safety").build();
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(command), Command.class)).isEqualTo(command);
    String olderCommand = "{\"type\":\"Dispatch\",\"commandId\":\"cmd-4\",\"complaintId\":\"C-1\",\"actor\":"
        + "{\"id\":\"li\",\"roles\":[\"DISPATCHER\"]},\"at\":\"2026-10-03T11:10:00Z\",\"department\":\"security\"}";
    assertThat(MAPPER.readValue(olderCommand, Command.class))
        .isEqualTo(new Dispatch("cmd-4", "C-1", DISPATCHER, Fixtures.T0, "security", null));
  }
}
