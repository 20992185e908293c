package dev.complaints.core.workflow;

import dev.complaints.core.internal.Checks;
import dev.complaints.core.model.CategoryTaxonomy;
import dev.complaints.core.model.Complaint;
import dev.complaints.core.model.Grade;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One routing rule of a workflow definition (根据投诉类型,将其分配给相应的处理部门, docs/domain.md "Routing"): the
 * complaints it matches and the department and default owner it dispatches them to. A rule matches a complaint
 * whose category is {@code category} or lies below it in the taxonomy, and, when given, whose org unit is
 * {@code orgUnit} and whose grade is one of {@code grades}. The rules of a definition are tried in order; the
 * first that matches chooses ({@link WorkflowEngine#route}).
 *
 * @param id the rule's name, unique within the definition; a dispatch it chose records it
 *     ({@code Dispatched.rule})
 * @param category the category code, with the categories below it in the taxonomy
 * @param orgUnit the org unit the complaint must belong to, or null for any
 * @param grades the grades the complaint must have one of; empty: any grade (an ungraded complaint too)
 * @param department the responsible department it dispatches to
 * @param owner the default owner within the department, or null
 */
public record RoutingRule(
    String id,
    String category,
    @Nullable String orgUnit,
    List<Grade> grades,
    String department,
    @Nullable String owner) {

  /**
   * Creates a rule; the category and repeated ids are checked when the whole definition is built.
   *
   * @param id the rule's name, not blank
   * @param category the category code, not blank
   * @param orgUnit the org unit or null
   * @param grades the grades, may be empty
   * @param department the department, not blank
   * @param owner the default owner or null
   */
  public RoutingRule {
    Checks.notBlank(id, "routing rule id");
    Checks.notBlank(category, "routing rule category");
    Checks.nullOrNotBlank(orgUnit, "routing rule orgUnit");
    grades = List.copyOf(Checks.noNulls(grades, "routing rule grades"));
    Checks.notBlank(department, "routing rule department");
    Checks.nullOrNotBlank(owner, "routing rule owner");
  }

  /**
   * Whether the rule matches the complaint: its category (or one above it in the taxonomy), and the org unit
   * and grade when the rule names them.
   *
   * @param complaint the complaint
   * @param taxonomy the taxonomy the categories belong to
   * @return true when it matches; false when either category is not in the taxonomy
   */
  public boolean matches(Complaint complaint, CategoryTaxonomy taxonomy) {
    Checks.notNull(complaint, "complaint");
    Checks.notNull(taxonomy, "taxonomy");
    if (!taxonomy.contains(category) || !taxonomy.contains(complaint.category())
        || !taxonomy.isWithin(complaint.category(), category)) {
      return false;
    }
    if (orgUnit != null && !orgUnit.equals(complaint.orgUnit())) {
      return false;
    }
    Grade grade = complaint.grade();
    return grades.isEmpty() || (grade != null && grades.contains(grade));
  }

  /**
   * Starts a rule.
   *
   * @param id the rule's name
   * @param category the category it matches, with the categories below it
   * @return a builder
   */
  public static Builder of(String id, String category) {
    return new Builder(id, category);
  }

  /** Builds a {@link RoutingRule}. */
  public static final class Builder {
    private final String id;
    private final String category;
    private @Nullable String orgUnit;
    private final List<Grade> grades = new ArrayList<>();
    private @Nullable String department;
    private @Nullable String owner;

    private Builder(String id, String category) {
      this.id = id;
      this.category = category;
    }

    /**
     * Matches only complaints of this org unit.
     *
     * @param value the org unit
     * @return this builder
     */
    public Builder orgUnit(String value) {
      this.orgUnit = value;
      return this;
    }

    /**
     * Matches only complaints with one of these grades.
     *
     * @param values the grades
     * @return this builder
     */
    public Builder grades(Grade... values) {
      grades.addAll(Arrays.asList(values));
      return this;
    }

    /**
     * Dispatches to this department.
     *
     * @param value the department
     * @return this builder
     */
    public Builder department(String value) {
      this.department = value;
      return this;
    }

    /**
     * Dispatches to this default owner.
     *
     * @param value the owner
     * @return this builder
     */
    public Builder owner(String value) {
      this.owner = value;
      return this;
    }

    /**
     * Builds the rule.
     *
     * @return the rule
     */
    public RoutingRule build() {
      return new RoutingRule(id, category, orgUnit, grades, department, owner);
    }
  }
}
