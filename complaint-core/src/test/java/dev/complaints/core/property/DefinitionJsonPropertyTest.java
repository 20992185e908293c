package dev.complaints.core.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.complaints.core.command.Command;
import dev.complaints.core.json.Json;
import dev.complaints.core.model.Category;
import dev.complaints.core.model.CategoryTaxonomy;
import dev.complaints.core.model.Grade;
import dev.complaints.core.workflow.ComplaintField;
import dev.complaints.core.workflow.Condition;
import dev.complaints.core.workflow.NodeDefinition;
import dev.complaints.core.workflow.RoutingRule;
import dev.complaints.core.workflow.TransitionDefinition;
import dev.complaints.core.workflow.WorkflowDefinition;
import dev.complaints.core.workflow.WorkflowDefinitions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DefinitionJsonPropertyTest {
  private static final List<String> ROLES = List.of("A", "B", "C");
  private static final List<Condition> STATE =
      List.of(Condition.PLAN_DRAFTED, Condition.GRADE_SET, Condition.NOT_PAUSED, Condition.RESOLUTION_RECORDED);
  /** Every command but ReceiveComplaint and CloseUnresolved (which may only close, as UNRESOLVED). */
  private static final List<String> COMMANDS = Command.TYPE_NAMES.stream()
      .filter(c -> !c.equals("ReceiveComplaint") && !c.equals("CloseUnresolved")).toList();

  /** A valid definition: a chain of nodes to a terminal node plus random extra transitions. */
  static WorkflowDefinition definition(List<Integer> codes) {
    int n = 1 + codes.get(0) % 5;
    String taxonomy = codes.get(0) % 2 == 0 ? "mall" : "retail";
    List<String> speakers = ROLES.subList(0, codes.get(0) % (ROLES.size() + 1));
    WorkflowDefinition.Builder b = WorkflowDefinition.builder("random-" + codes.size())
        .initialNode("N0").roles(ROLES.toArray(String[]::new))
        .taxonomy(taxonomy)
        .customerNoteRoles(speakers.toArray(String[]::new));
    if (codes.get(0) % 3 != 0) {
      // one rule per top-level category (none hides another), some narrowed to an org unit or to grades
      List<String> roots = CategoryTaxonomy.preset(taxonomy).categories().stream().filter(c -> c.parent() == null)
          .map(Category::code).toList();
      for (int i = 0; i < roots.size() && i < codes.size(); i++) {
        int c = codes.get(i);
        String category = roots.get((i + codes.get(0)) % roots.size());
        RoutingRule.Builder rule = RoutingRule.of("rule-" + i, category).department("dept-" + c % 4);
        if (c % 3 == 0) {
          rule.owner("owner-" + c % 5);
        }
        if (c % 5 == 0) {
          rule.orgUnit("plaza-0" + c % 3);
        }
        if (c % 4 == 0) {
          Grade first = Grade.values()[(c / 4) % 4];
          Grade second = Grade.values()[(c / 16) % 4];
          rule.grades(first);
          if (second != first) {
            rule.grades(second);
          }
        }
        b.routing(rule.build());
      }
    }
    for (int i = 0; i < n; i++) {
      NodeDefinition.Builder node = NodeDefinition.named("N" + i);
      Set<String> used = new HashSet<>();
      int c0 = codes.get((i + 1) % codes.size());
      String main = COMMANDS.get(c0 % COMMANDS.size());
      used.add(main);
      TransitionDefinition.Builder t = TransitionDefinition.on(main);
      if (i == n - 1) {
        t.closes("END", "R" + c0 % 3);
      } else {
        t.to("N" + (i + 1));
      }
      if (c0 % 2 == 0 && !main.equals("NotifyCustomer")) {
        t.roles(ROLES.get(c0 % 3));
      }
      if (c0 % 5 == 0) {
        t.requires(ComplaintField.values()[c0 % ComplaintField.values().length]);
      }
      if (c0 % 7 == 0) {
        t.guards(STATE.get(c0 % STATE.size()));
      }
      node.transition(t);
      for (int k = 0; k < codes.size() % 4; k++) {
        int c = codes.get((i + k + 2) % codes.size()) / 3;
        String cmd = COMMANDS.get(c % COMMANDS.size());
        if (!used.add(cmd)) {
          continue;
        }
        // only the customer-note roles may speak to the customer
        TransitionDefinition.Builder x = TransitionDefinition.on(cmd);
        if (!cmd.equals("NotifyCustomer")) {
          x.roles(ROLES.get(c % 3));
        } else if (!speakers.isEmpty()) {
          x.roles(speakers.get(c % speakers.size()));
        }
        if (c % 2 == 0) {
          x.to("N" + (c % n));
        }
        if (c % 3 == 0) {
          x.gradeUp();
        }
        node.transition(x);
      }
      if (c0 % 4 == 1) {
        node.entryGuards(STATE.get(c0 % STATE.size())).description("node " + i);
      }
      b.node(node);
    }
    b.node(NodeDefinition.named("END").terminal());
    return b.build();
  }

  @Test
  void randomDefinitionsRoundTripThroughJsonWithoutLoss() {
    ObjectMapper mapper = Json.mapper();
    qt().withExamples(50).forAll(lists().of(integers().between(0, 10_000)).ofSizeBetween(1, 8))
        .checkAssert(codes -> {
          WorkflowDefinition d = definition(codes);
          assertThat(WorkflowDefinitions.read(WorkflowDefinitions.toJsonString(d))).isEqualTo(d);
          try {
            assertThat(mapper.readValue(mapper.writeValueAsString(d), WorkflowDefinition.class)).isEqualTo(d);
          } catch (Exception e) {
            throw new AssertionError(e);
          }
          assertThat(WorkflowDefinitions.problems(mapper.valueToTree(d))).isEmpty();
        });
  }

  @Test
  void removingTheTerminalNodeOfARandomDefinitionIsAlwaysReported() {
    qt().withExamples(50).forAll(lists().of(integers().between(0, 10_000)).ofSizeBetween(1, 8))
        .checkAssert(codes -> {
          WorkflowDefinition d = definition(codes);
          List<NodeDefinition> nodes = new ArrayList<>(d.nodes());
          nodes.remove(nodes.size() - 1);
          try {
            new WorkflowDefinition(d.id(), null, d.taxonomy(), d.initialNode(), d.roles(), nodes);
            throw new AssertionError("expected problems");
          } catch (dev.complaints.core.validation.ValidationException e) {
            assertThat(e.problems()).extracting(p -> p.path()).contains("$.nodes");
          }
        });
  }
}
