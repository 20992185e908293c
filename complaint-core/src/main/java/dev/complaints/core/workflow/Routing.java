package dev.complaints.core.workflow;

import dev.complaints.core.internal.Checks;
import dev.complaints.core.model.CategoryTaxonomy;
import dev.complaints.core.model.Complaint;
import java.util.List;
import java.util.Optional;

/**
 * The routing section of a workflow definition (自动分配, docs/domain.md "Routing"): rules tried in order, the first
 * that matches a complaint chooses its department and default owner. The rules are checked with the rest of the
 * definition: at least one, unique ids, categories of the definition's taxonomy, no rule hidden behind an
 * earlier one.
 *
 * @param rules the rules, in order
 */
public record Routing(List<RoutingRule> rules) {

  /**
   * Creates the section; the rules are checked when the whole definition is built.
   *
   * @param rules the rules, in order
   */
  public Routing {
    rules = List.copyOf(Checks.noNulls(rules, "routing rules"));
  }

  /**
   * The routing of these rules.
   *
   * @param rules the rules, in order
   * @return the section
   */
  public static Routing of(RoutingRule... rules) {
    return new Routing(List.of(rules));
  }

  /**
   * The first rule that matches the complaint.
   *
   * @param complaint the complaint
   * @param taxonomy the taxonomy its category belongs to
   * @return the rule, or empty when none matches
   */
  public Optional<RoutingRule> route(Complaint complaint, CategoryTaxonomy taxonomy) {
    return rules.stream().filter(r -> r.matches(complaint, taxonomy)).findFirst();
  }

  /**
   * The rule with that id.
   *
   * @param id the rule's id
   * @return the rule, or empty
   */
  public Optional<RoutingRule> rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }
}
