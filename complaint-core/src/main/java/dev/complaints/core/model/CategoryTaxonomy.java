package dev.complaints.core.model;

import dev.complaints.core.internal.Checks;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A configurable, hierarchical set of complaint categories. A category may have a parent; a parent must be
 * listed before its children.
 *
 * <p>Presets: {@link #mall()} (mall complaint kinds, with the special categories of the 24-hour rate under merchant service and
 * {@code LOSS_COMPENSATION}), {@link #retail()} (retail complaint kinds).
 *
 * @param id the taxonomy's id, for example {@code "mall"}
 * @param categories the categories, parents first, codes unique
 */
public record CategoryTaxonomy(String id, List<Category> categories) {

  /**
   * Categories that the 24-hour resolution rate leaves out (docs/domain.md): merchant goods after-sales, merchant
   * contract payments, loss compensation.
   */
  public static final Set<String> RESOLUTION_24H_EXCLUDED =
      Set.of("MERCHANT_GOODS_AFTER_SALES", "MERCHANT_CONTRACT_PAYMENT", "LOSS_COMPENSATION");

  /**
   * Creates a taxonomy.
   *
   * @param id the id, not blank
   * @param categories the categories, at least one, codes unique, parents listed before children
   */
  public CategoryTaxonomy {
    Checks.notBlank(id, "taxonomy id");
    Checks.noNulls(categories, "taxonomy categories");
    if (categories.isEmpty()) {
      throw new IllegalArgumentException("taxonomy '" + id + "' needs at least one category");
    }
    Map<String, Category> seen = new HashMap<>();
    for (Category c : categories) {
      if (seen.containsKey(c.code())) {
        throw new IllegalArgumentException("taxonomy '" + id + "' lists category '" + c.code() + "' twice");
      }
      if (c.parent() != null && !seen.containsKey(c.parent())) {
        throw new IllegalArgumentException("category '" + c.code() + "' of taxonomy '" + id
            + "' names parent '" + c.parent() + "', which is not listed before it");
      }
      seen.put(c.code(), c);
    }
    categories = new Indexed(List.copyOf(categories), Map.copyOf(seen));
  }

  /**
   * The categories as given, with an index by code: the taxonomy is asked for every ticket scored, and a
   * record cannot hold the index beside them. Equal to any list of the same categories.
   */
  private static final class Indexed extends AbstractList<Category> implements RandomAccess {
    private final List<Category> list;
    private final Map<String, Category> byCode;

    Indexed(List<Category> list, Map<String, Category> byCode) {
      this.list = list;
      this.byCode = byCode;
    }

    @Override
    public Category get(int index) {
      return list.get(index);
    }

    @Override
    public int size() {
      return list.size();
    }
  }

  /**
   * The mall taxonomy.
   *
   * @return the preset with id {@code mall}
   */
  public static CategoryTaxonomy mall() {
    return new CategoryTaxonomy("mall", List.of(
        Category.of("MERCHANT_SERVICE", "商户服务 merchant service"),
        Category.of("MERCHANT_GOODS_AFTER_SALES", "商户商品售后 merchant goods after-sales", "MERCHANT_SERVICE"),
        Category.of("MERCHANT_CONTRACT_PAYMENT", "商户合同款项支付 merchant contract payment", "MERCHANT_SERVICE"),
        Category.of("PREPAID_CARD", "预售卡 prepaid card", "MERCHANT_SERVICE"),
        Category.of("ENVIRONMENT_SANITATION", "环境卫生 environment and sanitation"),
        Category.of("FACILITIES_EQUIPMENT", "设施设备 facilities and equipment"),
        Category.of("SAFETY", "安全 safety"),
        Category.of("LOSS_COMPENSATION", "损失赔偿 loss compensation")));
  }

  /**
   * The retail taxonomy.
   *
   * @return the preset with id {@code retail}
   */
  public static CategoryTaxonomy retail() {
    return new CategoryTaxonomy("retail", List.of(
        Category.of("PRODUCT_QUALITY", "产品质量 product quality"),
        Category.of("SERVICE_ATTITUDE", "服务态度 service attitude"),
        Category.of("AFTER_SALES", "售后服务 after-sales"),
        Category.of("LOGISTICS", "物流配送 logistics")));
  }

  /**
   * A preset by id.
   *
   * @param id {@code mall} or {@code retail}
   * @return the preset
   * @throws IllegalArgumentException for another id, naming the allowed ones
   */
  public static CategoryTaxonomy preset(String id) {
    Checks.notBlank(id, "taxonomy id");
    switch (id) {
      case "mall":
        return mall();
      case "retail":
        return retail();
      default:
        throw new IllegalArgumentException("unknown category taxonomy '" + id + "'; allowed: mall, retail");
    }
  }

  /**
   * Whether the code is a category of this taxonomy.
   *
   * @param code the code
   * @return true when present
   */
  public boolean contains(String code) {
    return find(code).isPresent();
  }

  /**
   * The category with that code.
   *
   * @param code the code
   * @return the category, or empty
   */
  public Optional<Category> find(String code) {
    return Optional.ofNullable(((Indexed) categories).byCode.get(code));
  }

  /**
   * The category with that code, or an error naming the allowed codes.
   *
   * @param code the code
   * @return the category
   * @throws IllegalArgumentException when the code is blank or unknown
   */
  public Category require(String code) {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("category code is blank; allowed in taxonomy '" + id + "': " + allowed());
    }
    return find(code).orElseThrow(() -> new IllegalArgumentException(
        "unknown category code '" + code + "' in taxonomy '" + id + "'; allowed: " + allowed()));
  }

  /**
   * The codes from the top-level ancestor down to the category itself.
   *
   * @param code a known code
   * @return the path, for example {@code [MERCHANT_SERVICE, PREPAID_CARD]}
   */
  public List<String> path(String code) {
    List<String> path = new ArrayList<>();
    Category c = require(code);
    while (c != null) {
      path.add(0, c.code());
      c = c.parent() == null ? null : require(c.parent());
    }
    return path;
  }

  /**
   * Whether {@code code} is {@code ancestor} or one of its descendants.
   *
   * @param code a known code
   * @param ancestor a known code
   * @return true when {@code code} lies within {@code ancestor}
   */
  public boolean isWithin(String code, String ancestor) {
    require(ancestor);
    return path(code).contains(ancestor);
  }

  /**
   * The direct children of a category.
   *
   * @param code a known code
   * @return the children's codes, in taxonomy order
   */
  public List<String> children(String code) {
    require(code);
    return categories.stream().filter(c -> code.equals(c.parent())).map(Category::code)
        .collect(Collectors.toList());
  }

  private String allowed() {
    Map<String, Category> byCode = new LinkedHashMap<>();
    categories.forEach(c -> byCode.put(c.code(), c));
    return String.join(", ", byCode.keySet());
  }
}
