package dev.complaints.core.workflow.internal;

import dev.complaints.core.command.Command;
import dev.complaints.core.json.internal.Wording;
import dev.complaints.core.model.CategoryTaxonomy;
import dev.complaints.core.model.ClosureReason;
import dev.complaints.core.validation.Problem;
import dev.complaints.core.workflow.Condition;
import dev.complaints.core.model.Grade;
import dev.complaints.core.workflow.NodeDefinition;
import dev.complaints.core.workflow.Routing;
import dev.complaints.core.workflow.RoutingRule;
import dev.complaints.core.workflow.TransitionDefinition;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Semantic checks of a workflow definition: references, names, reachability; the messages follow the wording of
 * the JSON formats (docs/json.md). Not API.
 */
public final class DefinitionValidator {
  /** The category taxonomy presets a definition may name. */
  private static final List<String> TAXONOMIES = List.of("mall", "retail");
  /** The commands a transition may name: every command but the one that opens a complaint. */
  private static final List<String> TRANSITION_COMMANDS =
      Command.TYPE_NAMES.stream().filter(c -> !c.equals("ReceiveComplaint")).toList();

  private DefinitionValidator() {}

  /**
   * Every semantic problem of a definition.
   *
   * @param taxonomy the taxonomy preset id
   * @param initialNode the initial node name
   * @param roles declared roles
   * @param customerNoteRoles the roles that may write notes addressed to the customer
   * @param nodes the nodes
   * @param routing the routing section, or null
   * @return the problems in document order
   */
  public static List<Problem> validate(String taxonomy, String initialNode, List<String> roles,
      List<String> customerNoteRoles, List<NodeDefinition> nodes, Routing routing) {
    List<Problem> problems = new ArrayList<>();
    CategoryTaxonomy categories = null;
    if (taxonomy == null) {
      problems.add(Problem.of("$.taxonomy", Wording.MISSING));
    } else if (taxonomy.isBlank()) {
      problems.add(Problem.of("$.taxonomy", Wording.BLANK));
    } else {
      try {
        categories = CategoryTaxonomy.preset(taxonomy);
      } catch (IllegalArgumentException e) {
        problems.add(Problem.of("$.taxonomy", Wording.oneOf(TAXONOMIES, Wording.found(taxonomy))));
      }
    }
    Map<String, Integer> roleIndex = new LinkedHashMap<>();
    for (int i = 0; i < roles.size(); i++) {
      String r = roles.get(i);
      if (r.isBlank()) {
        problems.add(Problem.of("$.roles[" + i + "]", Wording.BLANK));
      } else if (roleIndex.containsKey(r)) {
        problems.add(Problem.of("$.roles[" + i + "]", Wording.duplicate("role", r, "$.roles[" + roleIndex.get(r) + "]")));
      } else {
        roleIndex.put(r, i);
      }
    }
    Set<String> roleSet = roleIndex.keySet();
    Map<String, Integer> noteRoles = new HashMap<>();
    for (int i = 0; i < customerNoteRoles.size(); i++) {
      String r = customerNoteRoles.get(i);
      if (!roleSet.contains(r)) {
        problems.add(Problem.of("$.customerNoteRoles[" + i + "]", Wording.unknown("role", r, roleSet)));
      } else if (noteRoles.containsKey(r)) {
        problems.add(Problem.of("$.customerNoteRoles[" + i + "]",
            Wording.duplicate("role", r, "$.customerNoteRoles[" + noteRoles.get(r) + "]")));
      } else {
        noteRoles.put(r, i);
      }
    }
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      String name = nodes.get(i).name();
      if (index.containsKey(name)) {
        problems.add(Problem.of("$.nodes[" + i + "].name",
            Wording.duplicate("node name", name, "$.nodes[" + index.get(name) + "].name")));
      } else {
        index.put(name, i);
      }
    }
    if (nodes.isEmpty()) {
      problems.add(Problem.of("$.nodes", Wording.EMPTY));
    }
    if (initialNode == null) {
      problems.add(Problem.of("$.initialNode", Wording.MISSING));
    } else if (initialNode.isBlank()) {
      problems.add(Problem.of("$.initialNode", Wording.BLANK));
    } else if (!index.containsKey(initialNode)) {
      problems.add(Problem.of("$.initialNode", Wording.unknown("node", initialNode, index.keySet())));
    } else if (nodes.get(index.get(initialNode)).terminal()) {
      problems.add(Problem.of("$.initialNode", "must not be a terminal node (found " + Wording.found(initialNode)
          + ")"));
    }
    if (!nodes.isEmpty() && nodes.stream().noneMatch(NodeDefinition::terminal)) {
      problems.add(Problem.of("$.nodes", "must include a terminal node (without one a complaint could never be"
          + " closed)"));
    }
    for (int i = 0; i < nodes.size(); i++) {
      NodeDefinition node = nodes.get(i);
      String np = "$.nodes[" + i + "]";
      checkConditions(problems, np + ".entryGuards", node.entryGuards(), null);
      List<TransitionDefinition> ts = node.transitions();
      boolean leaves = false;
      for (int j = 0; j < ts.size(); j++) {
        TransitionDefinition t = ts.get(j);
        String tp = np + ".transitions[" + j + "]";
        if (t.command().equals("ReceiveComplaint")) {
          problems.add(Problem.of(tp + ".command", "must not be ReceiveComplaint (it opens a complaint in the"
              + " initial node and cannot be a transition)"));
        } else if (!Command.TYPE_NAMES.contains(t.command())) {
          problems.add(Problem.of(tp + ".command", Wording.oneOf(TRANSITION_COMMANDS, Wording.found(t.command()))));
        }
        checkConditions(problems, tp + ".when", t.when(), t.command());
        checkConditions(problems, tp + ".guards", t.guards(), t.command());
        for (int k = 0; k < t.roles().size(); k++) {
          String r = t.roles().get(k);
          if (!roleSet.contains(r)) {
            problems.add(Problem.of(tp + ".roles[" + k + "]", Wording.unknown("role", r, roleSet)));
          } else if (t.command().equals("NotifyCustomer") && !noteRoles.containsKey(r)) {
            problems.add(Problem.of(tp + ".roles[" + k + "]", "role '" + r + "' may not speak to the customer"
                + " (NotifyCustomer needs one of the customerNoteRoles: " + String.join(", ", customerNoteRoles)
                + ")"));
          }
        }
        if (t.to() != null) {
          Integer target = index.get(t.to());
          if (target == null) {
            problems.add(Problem.of(tp + ".to", Wording.unknown("node", t.to(), index.keySet())));
          } else {
            if (!t.to().equals(node.name())) {
              leaves = true;
            }
            boolean terminal = nodes.get(target).terminal();
            if (terminal && t.closeReason() == null) {
              problems.add(Problem.of(tp + ".closeReason", Wording.MISSING + " (a transition to the terminal node '"
                  + t.to() + "' closes the complaint and needs a reason such as RESOLVED)"));
            }
            if (!terminal && t.closeReason() != null) {
              problems.add(Problem.of(tp + ".closeReason", "must not be given (only a transition to a terminal node"
                  + " closes the complaint; '" + t.to() + "' is not terminal)"));
            }
          }
        } else if (t.closeReason() != null) {
          problems.add(Problem.of(tp + ".closeReason", "must not be given (only a transition to a terminal node"
              + " closes the complaint; this one stays in '" + node.name() + "')"));
        }
        checkUnresolvedClosure(problems, tp, t, index, nodes);
        for (int k = 0; k < j; k++) {
          TransitionDefinition earlier = ts.get(k);
          if (earlier.command().equals(t.command())
              && new HashSet<>(t.when()).containsAll(earlier.when())) {
            problems.add(Problem.of(tp, "transition for " + t.command() + " can never be taken: "
                + np + ".transitions[" + k + "] has the same command and its conditions "
                + earlier.when() + " are always met first"));
            break;
          }
        }
      }
      if (!node.terminal() && !leaves) {
        problems.add(Problem.of(np + ".transitions",
            "dead end: non-terminal node '" + node.name() + "' has no transition to another node"));
      }
    }
    if (initialNode != null && index.containsKey(initialNode)) {
      Set<String> reachable = reach(initialNode, nodes, index);
      for (int i = 0; i < nodes.size(); i++) {
        String name = nodes.get(i).name();
        if (index.get(name) == i && !reachable.contains(name)) {
          problems.add(Problem.of("$.nodes[" + i + "]",
              "node '" + name + "' is unreachable from the initial node '" + initialNode + "'"));
        }
      }
      for (int i = 0; i < nodes.size(); i++) {
        NodeDefinition node = nodes.get(i);
        if (node.terminal() || index.get(node.name()) != i || !reachable.contains(node.name())) {
          continue;
        }
        boolean toTerminal = reach(node.name(), nodes, index).stream()
            .anyMatch(n -> nodes.get(index.get(n)).terminal());
        boolean leaves = node.transitions().stream()
            .anyMatch(t -> t.to() != null && !t.to().equals(node.name()) && index.containsKey(t.to()));
        if (!toTerminal && leaves && nodes.stream().anyMatch(NodeDefinition::terminal)) {
          problems.add(Problem.of("$.nodes[" + i + "]",
              "dead end: no terminal node can be reached from '" + node.name() + "'"));
        }
      }
    }
    if (routing != null) {
      checkRouting(problems, routing, categories);
    }
    return problems;
  }

  /**
   * The routing rules: at least one, unique ids, categories of the taxonomy (when it is known), no grade twice in
   * a rule, and no rule that an earlier one hides (first match wins, so such a rule could never choose).
   */
  private static void checkRouting(List<Problem> problems, Routing routing, CategoryTaxonomy taxonomy) {
    List<RoutingRule> rules = routing.rules();
    if (rules.isEmpty()) {
      problems.add(Problem.of("$.routing.rules", Wording.EMPTY));
      return;
    }
    Map<String, Integer> ids = new HashMap<>();
    List<Boolean> known = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      RoutingRule r = rules.get(i);
      String rp = "$.routing.rules[" + i + "]";
      if (ids.containsKey(r.id())) {
        problems.add(Problem.of(rp + ".id",
            Wording.duplicate("rule id", r.id(), "$.routing.rules[" + ids.get(r.id()) + "].id")));
      } else {
        ids.put(r.id(), i);
      }
      boolean categoryKnown = taxonomy != null && taxonomy.contains(r.category());
      if (taxonomy != null && !categoryKnown) {
        problems.add(Problem.of(rp + ".category", Wording.unknown("category", r.category(),
            taxonomy.categories().stream().map(c -> c.code()).toList())));
      }
      known.add(categoryKnown);
      Map<Grade, Integer> grades = new HashMap<>();
      for (int k = 0; k < r.grades().size(); k++) {
        Grade g = r.grades().get(k);
        if (grades.containsKey(g)) {
          problems.add(Problem.of(rp + ".grades[" + k + "]",
              Wording.duplicate("grade", g.name(), rp + ".grades[" + grades.get(g) + "]")));
        } else {
          grades.put(g, k);
        }
      }
      if (!categoryKnown) {
        continue;
      }
      for (int k = 0; k < i; k++) {
        RoutingRule earlier = rules.get(k);
        if (known.get(k) && hides(earlier, r, taxonomy)) {
          problems.add(Problem.of(rp, "rule '" + r.id() + "' can never match: $.routing.rules[" + k + "] ('"
              + earlier.id() + "') comes first and matches every complaint it matches"));
          break;
        }
      }
    }
  }

  /** Whether every complaint {@code later} matches is matched by {@code earlier} too. */
  private static boolean hides(RoutingRule earlier, RoutingRule later, CategoryTaxonomy taxonomy) {
    return taxonomy.isWithin(later.category(), earlier.category())
        && (earlier.orgUnit() == null || earlier.orgUnit().equals(later.orgUnit()))
        && (earlier.grades().isEmpty() || (!later.grades().isEmpty() && earlier.grades().containsAll(later.grades())));
  }

  /** {@code CloseUnresolved} always closes, and always as UNRESOLVED, so such closures can be counted. */
  private static void checkUnresolvedClosure(List<Problem> problems, String tp, TransitionDefinition t,
      Map<String, Integer> index, List<NodeDefinition> nodes) {
    if (!t.command().equals("CloseUnresolved")) {
      return;
    }
    Integer target = t.to() == null ? null : index.get(t.to());
    if (t.to() == null || (target != null && !nodes.get(target).terminal())) {
      problems.add(Problem.of(tp + ".to", "must be a terminal node (CloseUnresolved closes the complaint, as "
          + ClosureReason.UNRESOLVED + ")"));
    } else if (t.closeReason() != null && !t.closeReason().equals(ClosureReason.UNRESOLVED)) {
      problems.add(Problem.of(tp + ".closeReason", "must be " + ClosureReason.UNRESOLVED
          + " for CloseUnresolved (found " + Wording.found(t.closeReason()) + ")"));
    }
  }

  private static void checkConditions(List<Problem> problems, String path, List<Condition> conditions,
      String command) {
    for (int k = 0; k < conditions.size(); k++) {
      Condition c = conditions.get(k);
      if (c.commandType() != null && !c.commandType().equals(command)) {
        problems.add(Problem.of(path + "[" + k + "]", "condition " + c + " only applies to command "
            + c.commandType() + (command == null ? ", not to node entry" : ", not to " + command)));
      }
    }
  }

  private static Set<String> reach(String from, List<NodeDefinition> nodes, Map<String, Integer> index) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    todo.add(from);
    seen.add(from);
    while (!todo.isEmpty()) {
      NodeDefinition n = nodes.get(index.get(todo.poll()));
      for (TransitionDefinition t : n.transitions()) {
        if (t.to() != null && index.containsKey(t.to()) && seen.add(t.to())) {
          todo.add(t.to());
        }
      }
    }
    return seen;
  }
}
