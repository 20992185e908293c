package dev.complaints.core.model;

import dev.complaints.core.internal.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A configurable list of root-cause codes (问题根源, docs/domain.md §"Root causes"): what a complaint's cause
 * turned out to be, recorded with the resolution and counted by the statistics so that causes, not only symptoms,
 * are found.
 *
 * @param id the list's id, for example {@code "default"}
 * @param causes the causes, codes unique, in the order reports list them (flat: a cause has no parent)
 */
public record RootCauseTaxonomy(String id, List<Category> causes) {

  /**
   * Creates a list.
   *
   * @param id the id, not blank
   * @param causes at least one cause, codes unique, none with a parent
   */
  public RootCauseTaxonomy {
    Checks.notBlank(id, "root-cause taxonomy id");
    Checks.noNulls(causes, "root causes");
    if (causes.isEmpty()) {
      throw new IllegalArgumentException("root-cause taxonomy '" + id + "' needs at least one cause");
    }
    Set<String> seen = new HashSet<>();
    for (Category c : causes) {
      if (!seen.add(c.code())) {
        throw new IllegalArgumentException("root-cause taxonomy '" + id + "' lists '" + c.code() + "' twice");
      }
      if (c.parent() != null) {
        throw new IllegalArgumentException("root cause '" + c.code() + "' of taxonomy '" + id
            + "' names a parent; root causes are a flat list");
      }
    }
    causes = List.copyOf(causes);
  }

  /**
   * The default list (docs/domain.md §"Root causes").
   *
   * @return the list with id {@code default}
   */
  public static RootCauseTaxonomy defaults() {
    return new RootCauseTaxonomy("default", List.of(
        Category.of("PRODUCT_QUALITY", "产品质量 product quality"),
        Category.of("SERVICE_ATTITUDE", "服务态度 service attitude"),
        Category.of("PROCESS", "流程制度 process"),
        Category.of("FACILITY", "设施设备 facilities"),
        Category.of("ENVIRONMENT", "环境卫生 environment"),
        Category.of("POLICY", "政策规定 policy"),
        Category.of("COMMUNICATION", "沟通告知 communication"),
        Category.of("THIRD_PARTY", "第三方 third party"),
        Category.of("OTHER", "其他 other")));
  }

  /**
   * Whether the code is a cause of this list.
   *
   * @param code the code
   * @return true when listed
   */
  public boolean contains(String code) {
    return find(code).isPresent();
  }

  /**
   * The cause with that code.
   *
   * @param code the code
   * @return the cause, or empty
   */
  public Optional<Category> find(String code) {
    return causes.stream().filter(c -> c.code().equals(code)).findFirst();
  }

  /**
   * The codes, in list order.
   *
   * @return the codes
   */
  public List<String> codes() {
    return causes.stream().map(Category::code).collect(Collectors.toList());
  }
}
