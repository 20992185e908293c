package dev.complaints.core.workflow.internal;

import dev.complaints.core.command.Command;
import dev.complaints.core.model.CategoryTaxonomy;
import dev.complaints.core.model.ClosureReason;
import dev.complaints.core.validation.Problem;
import dev.complaints.core.workflow.Condition;
import dev.complaints.core.workflow.NodeDefinition;
import dev.complaints.core.workflow.TransitionDefinition;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Semantic checks of a workflow definition: references, names, reachability. Not API. */
public final class DefinitionValidator {
  private DefinitionValidator() {}

  /**
   * Every semantic problem of a definition.
   *
   * @param taxonomy the taxonomy preset id
   * @param initialNode the initial node name
   * @param roles declared roles
   * @param customerNoteRoles the roles that may write notes addressed to the customer
   * @param nodes the nodes
   * @return the problems in document order
   */
  public static List<Problem> validate(String taxonomy, String initialNode, List<String> roles,
      List<String> customerNoteRoles, List<NodeDefinition> nodes) {
    List<Problem> problems = new ArrayList<>();
    if (taxonomy == null || taxonomy.isBlank()) {
      problems.add(Problem.of("$.taxonomy", "taxonomy is missing; allowed: mall, retail"));
    } else {
      try {
        CategoryTaxonomy.preset(taxonomy);
      } catch (IllegalArgumentException e) {
        problems.add(Problem.of("$.taxonomy", e.getMessage()));
      }
    }
    Set<String> roleSet = new HashSet<>();
    for (int i = 0; i < roles.size(); i++) {
      String r = roles.get(i);
      if (r.isBlank()) {
        problems.add(Problem.of("$.roles[" + i + "]", "role name is blank"));
      } else if (!roleSet.add(r)) {
        problems.add(Problem.of("$.roles[" + i + "]", "duplicate role '" + r + "'"));
      }
    }
    Set<String> noteRoles = new HashSet<>();
    for (int i = 0; i < customerNoteRoles.size(); i++) {
      String r = customerNoteRoles.get(i);
      if (!roleSet.contains(r)) {
        problems.add(Problem.of("$.customerNoteRoles[" + i + "]",
            "unknown role '" + r + "'; declared roles: " + roles));
      } else if (!noteRoles.add(r)) {
        problems.add(Problem.of("$.customerNoteRoles[" + i + "]", "duplicate role '" + r + "'"));
      }
    }
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      String name = nodes.get(i).name();
      if (index.containsKey(name)) {
        problems.add(Problem.of("$.nodes[" + i + "].name",
            "duplicate node name '" + name + "' (also $.nodes[" + index.get(name) + "])"));
      } else {
        index.put(name, i);
      }
    }
    if (nodes.isEmpty()) {
      problems.add(Problem.of("$.nodes", "a workflow needs at least one node"));
    }
    if (initialNode == null || initialNode.isBlank()) {
      problems.add(Problem.of("$.initialNode", "initial node is missing"));
    } else if (!index.containsKey(initialNode)) {
      problems.add(Problem.of("$.initialNode",
          "unknown initial node '" + initialNode + "'; nodes: " + index.keySet()));
    } else if (nodes.get(index.get(initialNode)).terminal()) {
      problems.add(Problem.of("$.initialNode", "initial node '" + initialNode + "' must not be terminal"));
    }
    if (!nodes.isEmpty() && nodes.stream().noneMatch(NodeDefinition::terminal)) {
      problems.add(Problem.of("$.nodes", "no terminal node: a complaint could never be closed"));
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
        if (!Command.TYPE_NAMES.contains(t.command())) {
          problems.add(Problem.of(tp + ".command",
              "unknown command '" + t.command() + "'; allowed: " + String.join(", ", Command.TYPE_NAMES)));
        } else if (t.command().equals("ReceiveComplaint")) {
          problems.add(Problem.of(tp + ".command",
              "ReceiveComplaint opens a complaint in the initial node and cannot be a transition"));
        }
        checkConditions(problems, tp + ".when", t.when(), t.command());
        checkConditions(problems, tp + ".guards", t.guards(), t.command());
        for (int k = 0; k < t.roles().size(); k++) {
          String r = t.roles().get(k);
          if (!roleSet.contains(r)) {
            problems.add(Problem.of(tp + ".roles[" + k + "]",
                "unknown role '" + r + "'; declared roles: " + roles));
          }
        }
        if (t.to() != null) {
          Integer target = index.get(t.to());
          if (target == null) {
            problems.add(Problem.of(tp + ".to", "unknown node '" + t.to() + "'; nodes: " + index.keySet()));
          } else {
            if (!t.to().equals(node.name())) {
              leaves = true;
            }
            boolean terminal = nodes.get(target).terminal();
            if (terminal && t.closeReason() == null) {
              problems.add(Problem.of(tp + ".closeReason",
                  "a transition to terminal node '" + t.to() + "' needs a closeReason (for example RESOLVED)"));
            }
            if (!terminal && t.closeReason() != null) {
              problems.add(Problem.of(tp + ".closeReason",
                  "closeReason is only allowed on a transition to a terminal node; '" + t.to()
                      + "' is not terminal"));
            }
          }
        } else if (t.closeReason() != null) {
          problems.add(Problem.of(tp + ".closeReason",
              "closeReason is only allowed on a transition to a terminal node; this transition stays in '"
                  + node.name() + "'"));
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
    return problems;
  }

  /** {@code CloseUnresolved} always closes, and always as UNRESOLVED, so such closures can be counted. */
  private static void checkUnresolvedClosure(List<Problem> problems, String tp, TransitionDefinition t,
      Map<String, Integer> index, List<NodeDefinition> nodes) {
    if (!t.command().equals("CloseUnresolved")) {
      return;
    }
    Integer target = t.to() == null ? null : index.get(t.to());
    if (t.to() == null || (target != null && !nodes.get(target).terminal())) {
      problems.add(Problem.of(tp + ".to", "CloseUnresolved must go to a terminal node (with closeReason "
          + ClosureReason.UNRESOLVED + ")"));
    } else if (t.closeReason() != null && !t.closeReason().equals(ClosureReason.UNRESOLVED)) {
      problems.add(Problem.of(tp + ".closeReason", "CloseUnresolved closes as " + ClosureReason.UNRESOLVED
          + ", not as '" + t.closeReason() + "'"));
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
